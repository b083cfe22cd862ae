import type { LintProblem } from './lintText';

/** 0: no errors (warnings and infos allowed); 1: an error was found; 2: the command could not run as asked. */
export type ExitCode = 0 | 1 | 2;

/**
 * @example exitCodeFor([], { usageOrReadError: false }) === 0
 * @example exitCodeFor([errorProblem], { usageOrReadError: false }) === 1
 */
export function exitCodeFor(
  problems: readonly LintProblem[],
  { usageOrReadError }: { readonly usageOrReadError: boolean },
): ExitCode {
  if (usageOrReadError) return 2;
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
