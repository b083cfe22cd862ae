import type { DataPath } from './dataPath';
import { hasKey, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from './jsonValue';

/** Reads the value at `path`, or undefined when any step is missing. */
export function getAtPath(root: JsonValue | undefined, path: DataPath): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!isJsonArray(current) || segment < 0 || segment >= current.length) return undefined;
      current = current[segment];
    } else {
      if (!isJsonObject(current) || !hasKey(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/** A copy of `object` with `key` set; an existing key keeps its place, a new key goes last. */
export function withKey(object: JsonObject, key: string, value: JsonValue): JsonObject {
  if (hasKey(object, key) && object[key] === value) return object;
  const copy: Record<string, JsonValue> = {};
  for (const existing of Object.keys(object)) defineValue(copy, existing, object[existing] as JsonValue);
  defineValue(copy, key, value);
  return copy;
}

/**
 * A copy of `object` with `key` set; an existing key keeps its place, a new key goes just before
 * `beforeKey` (or last when there is no `beforeKey`).
 * @example withKeyBefore(podSpec, 'initContainers', [], 'containers')
 */
export function withKeyBefore(object: JsonObject, key: string, value: JsonValue, beforeKey: string): JsonObject {
  if (hasKey(object, key) || !hasKey(object, beforeKey)) return withKey(object, key, value);
  const copy: Record<string, JsonValue> = {};
  for (const existing of Object.keys(object)) {
    if (existing === beforeKey) defineValue(copy, key, value);
    defineValue(copy, existing, object[existing] as JsonValue);
  }
  return copy;
}

/** A copy of `object` without `key`. */
export function withoutKey(object: JsonObject, key: string): JsonObject {
  if (!hasKey(object, key)) return object;
  const copy: Record<string, JsonValue> = {};
  for (const existing of Object.keys(object)) {
    if (existing !== key) defineValue(copy, existing, object[existing] as JsonValue);
  }
  return copy;
}

/** Defines an own data property, so a key such as `__proto__` can never reach the prototype. */
function defineValue(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Returns a new root in which the value at `path` is `update(old)`. Missing mappings on the way
 * are created. Returning undefined from `update` removes the value (a key, or a sequence item).
 * Every branch off the path is shared with the old root.
 */
export function updateAtPath(
  root: JsonValue | undefined,
  path: DataPath,
  update: (current: JsonValue | undefined) => JsonValue | undefined,
): JsonValue | undefined {
  if (path.length === 0) return update(root);
  const [segment, ...rest] = path as [DataPath[number], ...DataPath[number][]];
  if (typeof segment === 'number') {
    const list = isJsonArray(root) ? root : [];
    const exists = segment >= 0 && segment < list.length;
    const before = exists ? list[segment] : undefined;
    const next = updateAtPath(before, rest, update);
    if (exists && next === before) return root;
    if (next === undefined) {
      if (!exists) return root;
      return list.filter((_, index) => index !== segment);
    }
    if (segment > list.length) throw new RangeError(`Index ${segment} is past the end of a list of ${list.length}`);
    const copy = list.slice();
    copy[segment] = next;
    return copy;
  }
  const object = isJsonObject(root) ? root : {};
  const exists = hasKey(object, segment);
  const before = exists ? object[segment] : undefined;
  const next = updateAtPath(before, rest, update);
  if (exists && next === before) return root;
  if (next === undefined) return exists ? withoutKey(object, segment) : root;
  return withKey(object, segment, next);
}

export function setAtPath(root: JsonValue | undefined, path: DataPath, value: JsonValue): JsonValue {
  return updateAtPath(root, path, () => value) as JsonValue;
}

export function removeAtPath(root: JsonValue | undefined, path: DataPath): JsonValue | undefined {
  return updateAtPath(root, path, () => undefined);
}
