import { formatDataPath } from '../model/dataPath';
import type { FindingData, Severity } from '../validate/finding';

export interface FindingFilter {
  /** Severities shown. */
  readonly severities: ReadonlySet<Severity>;
  /** Words that must all appear in the message, rule id, path or why (case-insensitive). */
  readonly text: string;
}

/**
 * The findings a problems list shows for a filter.
 * @example filterFindings(findings, { severities: new Set(['error']), text: 'port' })
 */
export function filterFindings<F extends FindingData>(findings: readonly F[], filter: FindingFilter): F[] {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return findings.filter((finding) => {
    if (!filter.severities.has(finding.severity)) return false;
    if (words.length === 0) return true;
    const haystack =
      `${finding.message} ${finding.ruleId} ${formatDataPath(finding.path)} ${finding.why}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
