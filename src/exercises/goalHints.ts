import type { Finding } from '../validate/finding';
import type { GoalHint } from './goalStatus';

/** Hints from findings, errors first, each message once. */
export function goalHints(findings: readonly Finding[]): GoalHint[] {
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
export function errorFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error');
}
