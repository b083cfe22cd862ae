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

/**
 * Caches `compute`'s result per first argument (an object, held weakly), for the same other
 * arguments (===) as the last call with that object. Unlike one module-level "last result", two
 * stores never evict each other's entries (each passes its own objects), and an entry goes away
 * with its object.
 * @example const workloadsOf = memoizeByObject((documents: Manifest) => listWorkloads(documents));
 */
export function memoizeByObject<Key extends object, Rest extends readonly unknown[], Result>(
  compute: (key: Key, ...rest: Rest) => Result,
): (key: Key, ...rest: Rest) => Result {
  const cache = new WeakMap<Key, { rest: Rest; result: Result }>();
  return (key, ...rest) => {
    const cached = cache.get(key);
    if (cached && cached.rest.length === rest.length && cached.rest.every((arg, index) => arg === rest[index]))
      return cached.result;
    const result = compute(key, ...rest);
    cache.set(key, { rest, result });
    return result;
  };
}
