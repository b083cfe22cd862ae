/**
 * Whether two values are the same for drawing: identical, or plain arrays or objects with the same
 * keys whose values are the same (recursively). The document shares the structure of unchanged
 * parts, so identical branches are recognised at once and only new values are walked.
 * @example sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Keeps the previous object for an id while a newly built one is the same value, so React Flow
 * and React re-render only what changed. Every field takes part in the comparison: a field added
 * to a node's data later can never be forgotten in a hand-written list of cache keys.
 */
export function createIdentityCache<T>(): { keep(id: string, next: T): T; sweep(): void } {
  let previous = new Map<string, T>();
  let current = new Map<string, T>();
  return {
    keep(id, next) {
      const before = previous.get(id);
      const kept = before !== undefined && sameValue(before, next) ? before : next;
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
