/**
 * The values a Kubernetes manifest parses to: JSON data. Manifests are read-only here;
 * operations return new values that share every untouched branch with the old ones.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonArray = readonly JsonValue[];
export interface JsonObject {
  readonly [key: string]: JsonValue;
}
export type JsonValue = JsonPrimitive | JsonArray | JsonObject;

/** True for a mapping (a plain object), false for arrays, null and scalars. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isJsonArray(value: unknown): value is JsonArray {
  return Array.isArray(value);
}

/** Own-property lookup that never falls through to Object.prototype. */
export function hasKey(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** Reads an own property of a mapping, or undefined. */
export function field(value: unknown, key: string): JsonValue | undefined {
  if (!isJsonObject(value) || !hasKey(value, key)) return undefined;
  return value[key];
}

/** Structural equality of two JSON values (key order ignored, as in Kubernetes). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bObject = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(bObject).length) return false;
  for (const key of aKeys) {
    if (!Object.hasOwn(bObject, key)) return false;
    if (!deepEqual((a as Record<string, unknown>)[key], bObject[key])) return false;
  }
  return true;
}

/**
 * Returns `next`, but with every subtree that deep-equals the matching subtree of `previous`
 * replaced by the previous object, so identity (`===`) tells consumers what did not change.
 * @example shareStructure({a: {b: 1}}, {a: {b: 1}, c: 2}).a === previous.a
 */
export function shareStructure<T extends JsonValue>(previous: JsonValue | undefined, next: T): T {
  if (previous === next || previous === undefined) return next;
  if (typeof next !== 'object' || next === null || typeof previous !== 'object' || previous === null) {
    return deepEqual(previous, next) ? (previous as T) : next;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const items = next.map((item, index) => {
      const shared = shareStructure(previous[index], item);
      if (shared !== previous[index]) same = false;
      return shared;
    });
    return (same ? previous : items) as unknown as T;
  }
  if (Array.isArray(previous)) return next;
  const previousObject = previous as JsonObject;
  const nextObject = next as JsonObject;
  const nextKeys = Object.keys(nextObject);
  const previousKeys = Object.keys(previousObject);
  let same = nextKeys.length === previousKeys.length && nextKeys.every((key, i) => previousKeys[i] === key);
  const result: Record<string, JsonValue> = {};
  for (const key of nextKeys) {
    const before = hasKey(previousObject, key) ? previousObject[key] : undefined;
    const shared = shareStructure(before, nextObject[key] as JsonValue);
    if (shared !== before) same = false;
    Object.defineProperty(result, key, { value: shared, enumerable: true, writable: true, configurable: true });
  }
  return (same ? previousObject : result) as T;
}
