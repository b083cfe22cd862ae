/** Caches the last result of `compute` for arguments that are the same (===) as last time. */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args: Args): Result => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((arg, index) => arg === args[index]))
      return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
