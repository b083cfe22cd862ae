import type { DataPath } from '../../model/dataPath';
import type { JsonObject } from '../../model/jsonValue';
import { getAtPath } from '../../model/valueAtPath';

/**
 * Where the editor can mark a problem about a field that may be missing: the longest prefix of
 * `path` that exists in `object`, or undefined when `path` itself exists (no marker needed).
 * The API server reports `spec.containers` even when there is no such key.
 */
export function markerForMissing(object: JsonObject, path: DataPath): DataPath | undefined {
  let length = path.length;
  while (length > 0 && getAtPath(object, path.slice(0, length)) === undefined) length--;
  return length === path.length ? undefined : path.slice(0, length);
}
