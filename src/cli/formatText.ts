import type { Severity } from '../validate/finding';
import type { LintProblem } from './lintText';

/**
 * One line per problem, the way compilers print them so editors and terminals link to the place:
 * `pod.yaml:12:7 error schema/unknown-field Unknown field "imagePullPolcy" — did you mean …`
 */
export function formatText(problems: readonly LintProblem[]): string {
  return problems
    .map(
      (problem) =>
        `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.ruleId} ${problem.message}\n`,
    )
    .join('');
}

/** `2 errors, 1 warning and 3 infos in 4 files` (for the terminal, not for parsing). */
export function formatSummary(problems: readonly LintProblem[], fileCount: number): string {
  const count = (severity: Severity): number => problems.filter((problem) => problem.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} and ${plural(count('info'), 'info')} in ${plural(fileCount, 'file')}\n`;
}
