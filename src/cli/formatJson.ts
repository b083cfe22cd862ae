import type { LintProblem } from './lintText';

/** The problems as a JSON array of `{ file, line, column, severity, ruleId, path, message }`. */
export function formatJson(problems: readonly LintProblem[]): string {
  const entries = problems.map(({ file, line, column, severity, ruleId, path, message }) => ({
    file,
    line,
    column,
    severity,
    ruleId,
    path,
    message,
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
