import type { DataPath } from '../../../model/dataPath';
import { deepEqual, field, hasKey, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import { getAtPath, updateAtPath } from '../../../model/valueAtPath';

/**
 * A change to one Kubernetes object that resolves a schema problem; the rules lift it to a
 * manifest fix with `updateObject`. Each change leaves the object alone when the value it was
 * made for has changed meanwhile, so a late click never overwrites a newer edit.
 */
export interface ObjectChange {
  readonly label: string;
  readonly apply: (object: JsonObject) => JsonObject;
}

/**
 * Renames the key `from` of the mapping at `parentPath` to `to`, keeping its place and value.
 * @example renameKey(pod, ['spec', 'containers', 0], 'imagePullPolcy', 'imagePullPolicy')
 */
export function renameKey(object: JsonObject, parentPath: DataPath, from: string, to: string): JsonObject {
  return updateAtPath(object, parentPath, (parent) => {
    if (!isJsonObject(parent) || !hasKey(parent, from) || hasKey(parent, to)) return parent;
    const renamed: Record<string, JsonValue> = {};
    for (const key of Object.keys(parent)) {
      Object.defineProperty(renamed, key === from ? to : key, {
        value: parent[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return renamed;
  }) as JsonObject;
}

/** Replaces the value at `path` with `next`, when it still is `previous`. */
export function replaceValue(object: JsonObject, path: DataPath, previous: JsonValue, next: JsonValue): JsonObject {
  if (!deepEqual(getAtPath(object, path), previous)) return object;
  return updateAtPath(object, path, () => next) as JsonObject;
}

/** Moves a Secret's `data[key]` to `stringData[key]`, where plain text belongs. */
export function moveToStringData(secret: JsonObject, key: string): JsonObject {
  const value = field(field(secret, 'data'), key);
  if (typeof value !== 'string' || field(field(secret, 'stringData'), key) !== undefined) return secret;
  const withPlainText = updateAtPath(secret, ['stringData', key], () => value) as JsonObject;
  return updateAtPath(withPlainText, ['data', key], () => undefined) as JsonObject;
}

/** Sets the object's apiVersion (first, when it is missing), when it still is `previous`. */
export function setApiVersion(object: JsonObject, previous: JsonValue | undefined, apiVersion: string): JsonObject {
  const current = field(object, 'apiVersion');
  if (current === undefined ? previous !== undefined : !deepEqual(current, previous)) return object;
  if (current !== undefined) return updateAtPath(object, ['apiVersion'], () => apiVersion) as JsonObject;
  const withFirst: Record<string, JsonValue> = { apiVersion };
  for (const key of Object.keys(object)) {
    Object.defineProperty(withFirst, key, { value: object[key], enumerable: true, writable: true, configurable: true });
  }
  return withFirst;
}
