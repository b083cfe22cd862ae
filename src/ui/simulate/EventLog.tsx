import type { LifecycleEvent } from '../../simulate/lifecycleTypes';
import { formatSeconds } from './PlaybackControls';

/** What the kubelet reported up to the cursor (like `kubectl get events`), newest first so it stays in view. */
export function EventLog({ events, time }: { events: readonly LifecycleEvent[]; time: number }) {
  const shown = events.filter((event) => event.at <= time).reverse();
  return (
    <ol className="event-log" aria-label="Events">
      {shown.length === 0 && <li className="event-log__empty">Press Play: the pod is created at 0 s.</li>}
      {shown.map((event, index) => (
        <li key={index} className={`event-log__item event-log__item--${event.tone}`}>
          <span className="event-log__time">{formatSeconds(event.at)}</span>
          {event.tone === 'warning' && <span className="event-log__tone">Warning</span>}
          <span>{event.text}</span>
        </li>
      ))}
    </ol>
  );
}
