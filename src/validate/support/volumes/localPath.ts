/**
 * How the API server checks paths that must stay inside a directory (subPath, the file paths of
 * configMap / secret / downward API items, projected token paths, seccomp localhost profiles):
 * `validateLocalDescendingPath` and `ValidateLocalNonReservedPath` of its validation package.
 */

/** True when a `..` element appears in the path (`a/../b`, `..`), the way the server splits it. */
export function hasBackstep(path: string): boolean {
  return path.split('/').includes('..');
}

/**
 * Why a path is not a relative path that stays below its directory: absolute, or with a `..`
 * element. Empty when it is fine (an empty path is fine here; emptiness is checked separately).
 */
export function descendingPathProblems(path: string): string[] {
  const problems: string[] = [];
  if (path.startsWith('/')) problems.push('must be a relative path');
  if (hasBackstep(path)) problems.push("must not contain '..'");
  return problems;
}

/** Like {@link descendingPathProblems}, and the path must not start with `..` (`..data` is reserved). */
export function nonReservedPathProblems(path: string): string[] {
  const problems = descendingPathProblems(path);
  if (path.startsWith('..') && !path.startsWith('../')) problems.push("must not start with '..'");
  return problems;
}
