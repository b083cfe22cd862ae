import type { Severity } from '../validate/finding';
import { objectRefKey } from './findings';
import type { ReportedFinding } from './validation/reportedFinding';

/** The findings of one document (object) of a multi-document file. */
export interface DocumentFindings {
  /** objectRefKey of the object. */
  readonly key: string;
  /** `Kind/name` of the object. */
  readonly label: string;
  /** Errors first, then warnings, then notes; in the validator's order within a severity. */
  readonly findings: readonly ReportedFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings grouped by the document they are about, in the file's order, so a person fixing a
 * 25-document file works through one object at a time. `labels` names each object (selectDocumentLabels).
 */
export function findingsByDocument(
  findings: readonly ReportedFinding[],
  labels: ReadonlyMap<string, string>,
): DocumentFindings[] {
  const groups = new Map<string, { ref: ReportedFinding['objectRef']; findings: ReportedFinding[] }>();
  for (const finding of findings) {
    const key = objectRefKey(finding.objectRef);
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { ref: finding.objectRef, findings: [finding] });
  }
  return [...groups.entries()]
    .sort(
      ([, a], [, b]) => a.ref.documentIndex - b.ref.documentIndex || (a.ref.itemIndex ?? -1) - (b.ref.itemIndex ?? -1),
    )
    .map(([key, group]) => {
      const sorted = group.findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
        .map(({ finding }) => finding);
      const counts = { error: 0, warning: 0, info: 0 };
      for (const finding of sorted) counts[finding.severity] += 1;
      return { key, label: labels.get(key) ?? `document ${group.ref.documentIndex + 1}`, findings: sorted, counts };
    });
}
