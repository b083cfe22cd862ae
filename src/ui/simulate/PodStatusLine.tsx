import { describePodStatus, podConditions } from '../../simulate/describePodStatus';
import type { PodStatusSegment } from '../../simulate/lifecycleTypes';

/** "Pod: Pending · Init:1/2 …" and the pod conditions at the cursor, announced as they change. */
export function PodStatusLine({ segment }: { segment: PodStatusSegment | undefined }) {
  if (!segment) return null;
  return (
    <div className="pod-status-line">
      <span role="status" className={`pod-status-line__text pod-status-line__text--${segment.phase.toLowerCase()}`}>
        {describePodStatus(segment)}
      </span>
      <ul className="pod-status-line__conditions" aria-label="Pod conditions">
        {podConditions(segment).map(([name, value]) => (
          <li key={name} className={value ? 'is-true' : 'is-false'}>
            {value ? '✓' : '✗'} {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
