import { selectFindings, selectValidationPending } from '../../store/findings';
import { selectPodSecuritySummary } from '../../store/podSecurity';
import { selectParseError } from '../../store/selectors';
import { selectDockTab } from '../../store/session/layoutSlice';
import { useDesigner } from '../app/DesignerStoreContext';
import { OpenedFileStatus } from '../app/OpenedFileStatus';
import { commandTitle, useCommandView, useRunCommand } from '../commands/CommandRunner';
import { KubernetesVersionMenu } from './KubernetesVersionMenu';
import { countLabel, SEVERITY_LABELS } from './severityLabels';
import './problems.css';

/**
 * The bottom strip: the opened file and whether it is saved, whether the YAML reads, the problem counts (which open and close the problems
 * panel under the canvas), the Pod Security level, the target Kubernetes version.
 */
export function StatusStrip() {
  const run = useRunCommand();
  const parseError = useDesigner(selectParseError);
  const findings = useDesigner(selectFindings);
  const pending = useDesigner(selectValidationPending);
  const podSecurity = useDesigner(selectPodSecuritySummary);
  const problemsOpen = useDesigner((state) => selectDockTab(state) === 'problems');
  const toggle = useCommandView('view.problems');
  const count = (severity: 'error' | 'warning' | 'info') =>
    findings.filter((finding) => finding.severity === severity).length;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: a page-level footer is the contentinfo landmark, which takes a name.
    <footer className="status-strip" aria-label="Status">
      <OpenedFileStatus />
      <span role="status" className={parseError ? 'status-strip__item is-error' : 'status-strip__item'}>
        {parseError
          ? `✖ YAML error at line ${parseError.line}, column ${parseError.column}`
          : '✓ YAML reads as kubectl reads it'}
      </span>
      <button
        type="button"
        className="status-strip__item status-strip__problems"
        aria-expanded={problemsOpen}
        aria-controls={problemsOpen ? 'problems-panel' : undefined}
        title={commandTitle(toggle, problemsOpen ? 'Hide the problems' : 'Show the problems')}
        onClick={() => run('view.problems')}
      >
        {pending
          ? 'Checking…'
          : (['error', 'warning', 'info'] as const).map((severity, index) => (
              <span key={severity} className={`status-strip__count status-strip__count--${severity}`}>
                {index > 0 && ' · '}
                <span aria-hidden="true">{SEVERITY_LABELS[severity].icon}</span> {countLabel(severity, count(severity))}
              </span>
            ))}
        <span className="visually-hidden">
          {problemsOpen ? ' (hide the problems panel)' : ' (show the problems panel)'}
        </span>
      </button>
      {podSecurity && <span className="status-strip__item status-strip__pss">{podSecurity}</span>}
      <KubernetesVersionMenu />
    </footer>
  );
}
