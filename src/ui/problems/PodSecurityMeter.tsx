import { selectPodSecurityLevel, selectPodSecuritySummary } from '../../store/podSecurity';
import { useDesigner } from '../app/DesignerStoreContext';

/** "Baseline: passes · Restricted: fails (3 controls)", with the failing controls on demand. */
export function PodSecurityMeter() {
  const summary = useDesigner(selectPodSecuritySummary);
  const level = useDesigner(selectPodSecurityLevel);
  if (!summary || !level) return null;
  const failing = level.restricted.failingControls;
  return (
    <details className="pss-meter">
      <summary>
        <span className="pss-meter__title">Pod Security Standards</span>{' '}
        <span data-testid="pss-summary">{summary}</span>
      </summary>
      {failing.length === 0 ? (
        <p className="pss-meter__controls">Every control of the Restricted level passes.</p>
      ) : (
        <ul className="pss-meter__controls" aria-label="Failing controls">
          {failing.map((control) => (
            <li key={control}>
              {control}{' '}
              <span className="pss-meter__level">
                ({level.baseline.failingControls.includes(control) ? 'Baseline and Restricted' : 'Restricted'})
              </span>
            </li>
          ))}
        </ul>
      )}
      <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/" target="_blank" rel="noreferrer">
        About the Pod Security Standards ↗<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </details>
  );
}
