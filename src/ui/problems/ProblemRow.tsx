import { memo, useState, type MouseEvent } from 'react';
import { formatDataPath } from '../../model/dataPath';
import {
  applyFindingFix,
  type FixPreview,
  ignoreFindingEverywhere,
  ignoreFindingHere,
  previewFindingFix,
  showFinding,
} from '../../store/commands/findingCommands';
import type { Finding } from '../../store/findings';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { FixPreviewBox } from './FixPreviewBox';
import { SEVERITY_LABELS } from './severityLabels';

/**
 * One finding: severity (icon and word), message, path, why, docs link, and a Fix that first
 * previews the YAML it changes. Clicking the row selects its node and shows the field in the editor.
 */
export const ProblemRow = memo(function ProblemRow({
  finding,
  documentLabel,
}: {
  finding: Finding;
  /** `Deployment/productpage-v1` when the file holds several objects: every row names its own. */
  documentLabel?: string;
}) {
  const store = useDesignerStore();
  const [preview, setPreview] = useState<FixPreview | null>(null);
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState('');
  const label = SEVERITY_LABELS[finding.severity];
  const path = formatDataPath(finding.path);
  const showOnRowClick = (event: MouseEvent<HTMLLIElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, .fix-preview, .problem__ignore-box')) return;
    showFinding(store, finding);
  };
  const togglePreview = async () => {
    if (preview) {
      setPreview(null);
      return;
    }
    const next = await previewFindingFix(store, finding);
    if (next) setPreview(next);
    else store.getState().showNotice('This fix has nothing left to change.', 'info');
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click anywhere on the row is a shortcut for its first button, which keyboards reach.
    <li
      className={`problem problem--${finding.severity}${finding.silenced ? ' problem--silenced' : ''}`}
      onClick={showOnRowClick}
    >
      <button
        type="button"
        className="problem__show"
        onClick={() => showFinding(store, finding)}
        title="Show on the canvas and in the editor"
      >
        <span className="problem__severity">
          <span aria-hidden="true">{label.icon}</span> {label.one}
        </span>
        <span className="problem__message">{finding.message}</span>
        {documentLabel && <span className="problem__document">{documentLabel}</span>}
        {path && <code className="problem__path">{path}</code>}
      </button>
      {finding.silenced && (
        <p className="problem__silenced">
          Silenced by{' '}
          {finding.silenced.by === 'annotation' ? 'the pod-designer.io/ignore annotation' : 'the lint config'}
          {finding.silenced.reason ? `: ${finding.silenced.reason}` : ''}
        </p>
      )}
      <p className="problem__why">{finding.why}</p>
      <div className="problem__actions">
        <a className="problem__docs" href={finding.docsUrl} target="_blank" rel="noreferrer">
          Docs ↗<span className="visually-hidden"> (kubernetes.io, opens in a new tab)</span>
        </a>
        <span className="problem__rule">{finding.ruleId}</span>
        {finding.fix && (
          <button
            type="button"
            className="button problem__fix"
            aria-expanded={preview !== null}
            onClick={togglePreview}
          >
            Fix: {finding.fix.label}…
          </button>
        )}
        {!finding.silenced && (
          <button
            type="button"
            className="button problem__ignore"
            aria-expanded={ignoring}
            onClick={() => setIgnoring(!ignoring)}
          >
            Ignore…
          </button>
        )}
      </div>
      {ignoring && (
        <div className="problem__ignore-box">
          <label>
            Reason <span className="visually-hidden">for ignoring {finding.ruleId}</span>
            <input
              type="text"
              value={reason}
              placeholder="Why this is fine here (kept with the ignore)"
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <button
            type="button"
            className="button"
            title="Writes the pod-designer.io/ignore annotation on this object"
            onClick={() => {
              setIgnoring(false);
              ignoreFindingHere(store, finding, reason);
            }}
          >
            Ignore here
          </button>
          <button
            type="button"
            className="button"
            title="Adds the rule to the lint config (Download lint config saves it as pod-designer.yaml)"
            onClick={() => {
              setIgnoring(false);
              ignoreFindingEverywhere(store, finding, reason);
            }}
          >
            Ignore everywhere
          </button>
        </div>
      )}
      {preview && (
        <FixPreviewBox
          preview={preview}
          onApply={() => {
            setPreview(null);
            void applyFindingFix(store, finding);
          }}
          onCancel={() => setPreview(null)}
        />
      )}
    </li>
  );
});
