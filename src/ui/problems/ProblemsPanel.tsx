import { useMemo, useState } from 'react';
import { filterFindings } from '../../store/filterFindings';
import {
  type Finding,
  type Severity,
  objectRefKey,
  selectDocumentLabels,
  selectFindings,
  selectSilencedFindings,
  selectValidationPending,
} from '../../store/findings';
import { type DocumentFindings, findingsByDocument } from '../../store/findingsByDocument';
import { selectCurrentWorkload } from '../../store/selectors';
import { X } from 'lucide-react';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { PodSecurityMeter } from './PodSecurityMeter';
import { ProblemRow } from './ProblemRow';
import { countLabel, SEVERITY_LABELS } from './severityLabels';
import './problems.css';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The validator's findings with severity toggles and a text filter: grouped by document in a file
 * of several (each group errors first), by severity in a file of one.
 */
export function ProblemsPanel() {
  const store = useDesignerStore();
  const findings = useDesigner(selectFindings);
  const pending = useDesigner(selectValidationPending);
  const silenced = useDesigner(selectSilencedFindings);
  const showSilenced = useDesigner((state) => state.showSilenced);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [text, setText] = useState('');
  const shown = useMemo(() => filterFindings(findings, { severities, text }), [findings, severities, text]);
  const total = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const toggle = (severity: Severity) =>
    setSeverities((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  return (
    <section id="problems-panel" className="problems-panel" aria-label="Problems">
      <header className="problems-panel__header">
        <h2 className="problems-panel__title">Problems</h2>
        <div className="problems-panel__toggles" role="group" aria-label="Show severities">
          {SEVERITY_ORDER.map((severity) => (
            <button
              key={severity}
              type="button"
              className={`severity-toggle severity-toggle--${severity}`}
              aria-pressed={severities.has(severity)}
              onClick={() => toggle(severity)}
            >
              <span aria-hidden="true">{SEVERITY_LABELS[severity].icon}</span> {countLabel(severity, total(severity))}
            </button>
          ))}
        </div>
        <input
          className="problems-panel__filter"
          type="search"
          aria-label="Filter problems"
          placeholder="Filter by text, rule or path"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        {silenced.length > 0 && (
          <button
            type="button"
            className="severity-toggle problems-panel__silenced"
            aria-pressed={showSilenced}
            title="Findings silenced by the pod-designer.io/ignore annotation or the lint config"
            onClick={() => store.getState().setShowSilenced(!showSilenced)}
          >
            {silenced.length} silenced
          </button>
        )}
        <PodSecurityMeter />
        <button
          type="button"
          className="problems-panel__close"
          aria-label="Close the problems panel"
          title="Close the problems panel (the counts below open it again)"
          onClick={() => store.getState().openDock(null)}
        >
          <X aria-hidden="true" size={16} />
        </button>
      </header>
      <div className="problems-panel__body">
        {shown.length === 0 ? (
          <p className="problems-panel__empty">
            {pending ? 'Checking…' : findings.length === 0 ? '✓ No problems found.' : 'No problems match the filter.'}
          </p>
        ) : (
          <FindingGroups findings={shown} />
        )}
        {showSilenced && silenced.length > 0 && <SilencedGroup findings={silenced} />}
      </div>
    </section>
  );
}

function FindingGroups({ findings }: { findings: readonly Finding[] }) {
  const labels = useDesigner(selectDocumentLabels);
  const designed = useDesigner((state) => {
    const workload = selectCurrentWorkload(state);
    return workload ? objectRefKey(workload.ref) : null;
  });
  if (!labels)
    return SEVERITY_ORDER.map((severity) => (
      <SeverityGroup
        key={severity}
        severity={severity}
        findings={findings.filter((finding) => finding.severity === severity)}
      />
    ));
  return findingsByDocument(findings, labels).map((group) => (
    <DocumentGroup key={group.key} group={group} designed={group.key === designed} />
  ));
}

function DocumentGroup({ group, designed }: { group: DocumentFindings; designed: boolean }) {
  const headingId = `problems-document-${group.key.replace('/', '-')}`;
  const counts = SEVERITY_ORDER.filter((severity) => group.counts[severity] > 0)
    .map((severity) => countLabel(severity, group.counts[severity]))
    .join(' · ');
  return (
    <section className="problems-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="problems-group__title problems-group__title--document">
        {group.label}{' '}
        <span className="problems-group__counts">
          {counts}
          {designed && ' · designing'}
        </span>
      </h3>
      <ul className="problems-group__list">
        {group.findings.map((finding, index) => (
          <ProblemRow
            documentLabel={group.label}
            key={`${finding.ruleId}|${finding.path.join('.')}|${index}`}
            finding={finding}
          />
        ))}
      </ul>
    </section>
  );
}

function SilencedGroup({ findings }: { findings: readonly Finding[] }) {
  const labels = useDesigner(selectDocumentLabels);
  return (
    <section className="problems-group problems-group--silenced" aria-labelledby="problems-silenced">
      <h3 id="problems-silenced" className="problems-group__title">
        {findings.length} silenced
      </h3>
      <ul className="problems-group__list">
        {findings.map((finding, index) => (
          <ProblemRow
            documentLabel={labels?.get(objectRefKey(finding.objectRef))}
            key={`${finding.ruleId}|${finding.objectRef.documentIndex}|${finding.objectRef.itemIndex}|${finding.path.join('.')}|${index}`}
            finding={finding}
          />
        ))}
      </ul>
    </section>
  );
}

function SeverityGroup({ severity, findings }: { severity: Severity; findings: readonly Finding[] }) {
  const labels = useDesigner(selectDocumentLabels);
  if (findings.length === 0) return null;
  const headingId = `problems-${severity}`;
  return (
    <section className="problems-group" aria-labelledby={headingId}>
      <h3 id={headingId} className={`problems-group__title problems-group__title--${severity}`}>
        <span aria-hidden="true">{SEVERITY_LABELS[severity].icon}</span> {countLabel(severity, findings.length)}
      </h3>
      <ul className="problems-group__list">
        {findings.map((finding, index) => (
          <ProblemRow
            documentLabel={labels?.get(objectRefKey(finding.objectRef))}
            key={`${finding.ruleId}|${finding.objectRef.documentIndex}|${finding.objectRef.itemIndex}|${finding.path.join('.')}|${index}`}
            finding={finding}
          />
        ))}
      </ul>
    </section>
  );
}
