import type { FindingData } from '../validate/finding';
import type { GoalHint } from './goalStatus';

/** Hints from findings, errors first, each message once. */
export function goalHints(findings: readonly FindingData[]): GoalHint[] {
  const seen = new Set<string>();
  const hints: GoalHint[] = [];
  const ordered = [
    ...findings.filter((finding) => finding.severity === 'error'),
    ...findings.filter((finding) => finding.severity !== 'error'),
  ];
  for (const finding of ordered) {
    if (seen.has(finding.message)) continue;
    seen.add(finding.message);
    hints.push({ message: finding.message, why: finding.why });
  }
  return hints;
}

/** The findings that stop the API server accepting the design. */
export function errorFindings(findings: readonly FindingData[]): FindingData[] {
  return findings.filter((finding) => finding.severity === 'error');
}
