/**
 * Whether two values are the same for drawing: identical, or plain arrays or objects with the same
 * keys whose values are the same (recursively). The document shares the structure of unchanged
 * parts, so identical branches are recognised at once and only new values are walked.
 * @example sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameValue(a[index], other[index])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  // Counted and compared without building key lists: this runs for every node on every change.
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
    keys++;
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys--;
  return keys === 0;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Both lists hold the same objects in the same order (a list to keep while nothing in it changed). */
export function sameItems<T>(before: readonly T[], after: readonly T[]): boolean {
  return before.length === after.length && before.every((item, index) => item === after[index]);
}

/**
 * Keeps the previous object for an id while a newly built one is the same value, so React Flow
 * and React re-render only what changed. Every field takes part in the comparison: a field added
 * to a node's data later can never be forgotten in a hand-written list of cache keys.
 */
export function createIdentityCache<T>(): { keep<V extends T>(id: string, next: V): V; sweep(): void } {
  let previous = new Map<string, T>();
  let current = new Map<string, T>();
  return {
    keep<V extends T>(id: string, next: V): V {
      const before = previous.get(id);
      const kept = before !== undefined && sameValue(before, next) ? (before as V) : next;
      current.set(id, kept);
      return kept;
    },
    /** Ends a pass: objects not kept in it are forgotten. */
    sweep() {
      previous = current;
      current = new Map();
    },
  };
}

/**
 * Calls pure functions once per id while their arguments stay the same values, and returns the
 * previous result otherwise (the same object, so the node or edge built from it compares equal at
 * once). The arguments themselves are the key: nothing is listed apart, so nothing goes stale.
 */
export function createCallCache(): {
  call<Args extends unknown[], Result>(id: string, compute: (...args: Args) => Result, ...args: Args): Result;
  sweep(): void;
} {
  type Entry = { readonly compute: unknown; readonly args: unknown[]; readonly result: unknown };
  let previous = new Map<string, Entry>();
  let current = new Map<string, Entry>();
  return {
    call(id, compute, ...args) {
      const before = previous.get(id) ?? current.get(id);
      const reuse = before !== undefined && before.compute === compute && sameValue(before.args, args);
      const result = reuse ? (before.result as ReturnType<typeof compute>) : compute(...args);
      current.set(id, { compute, args, result });
      return result;
    },
    /** Ends a pass: results not asked for in it are forgotten. */
    sweep() {
      previous = current;
      current = new Map();
    },
  };
}
