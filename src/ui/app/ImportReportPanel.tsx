import { X } from 'lucide-react';
import { useId, useState } from 'react';
import { useDesigner, useDesignerStore } from './DesignerStoreContext';

const list = (items: readonly string[]) => items.join(', ');

/**
 * After a file is opened: what it holds, which workload is designed, which of its fields the
 * canvas draws and which pass through untouched, what was normalised (nothing) and the custom
 * resources, which only the map shows. Dismissed with its close button.
 */
export function ImportReportPanel() {
  const store = useDesignerStore();
  const report = useDesigner((state) => state.importReport);
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  if (!report) return null;
  return (
    <section className="import-report" aria-labelledby={titleId}>
      <header className="import-report__header">
        <h2 id={titleId} className="import-report__title">
          Import report
        </h2>
        <p className="import-report__summary">
          {report.documentCount} document{report.documentCount === 1 ? '' : 's'} ·{' '}
          {report.designed ? `designing ${report.designed}` : 'no workload'} ·{' '}
          {report.normalised.length ? `normalised: ${list(report.normalised)}` : 'nothing normalised'}
          {report.customResources.length > 0 && ` · ${report.customResources.length} custom resources`}
        </p>
        <button
          type="button"
          className="import-report__toggle"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Less' : 'Details'}
        </button>
        <button
          type="button"
          className="import-report__close"
          aria-label="Dismiss the import report"
          onClick={() => store.getState().dismissImportReport()}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {expanded && (
        <dl className="import-report__facts">
          <dt>Documents</dt>
          <dd>
            {report.documentCount}: {list(report.byKind.map(({ kind, count }) => `${count} ${kind}`))}
          </dd>
          <dt>Designing</dt>
          <dd>
            {report.designed
              ? `${report.designed}${report.workloadCount > 1 ? ` (one of ${report.workloadCount} workloads: the application map shows them all)` : ''}`
              : 'no workload: drop a Container to start a pod'}
          </dd>
          {report.drawn.length > 0 && (
            <>
              <dt>Drawn</dt>
              <dd className="import-report__paths">{list(report.drawn)}</dd>
            </>
          )}
          <dt>Kept as written</dt>
          <dd className="import-report__paths">
            {report.passedThrough.length ? list(report.passedThrough) : 'every field is drawn'} — and every other
            document, comment and blank line
          </dd>
          <dt>Normalised</dt>
          <dd>
            {report.normalised.length ? list(report.normalised) : 'nothing: the editor holds your file byte for byte'}
          </dd>
          {report.customResources.length > 0 && (
            <>
              <dt>Not designed</dt>
              <dd>{list(report.customResources)}: custom resources, drawn on the map and kept as written</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
