import type { DataPath } from '../dataPath';
import { field, hasKey, isJsonObject, type JsonObject, type JsonValue } from '../jsonValue';
import { updateAtPath, withKey, withoutKey } from '../valueAtPath';

/**
 * One edit of a string map (labels, annotations, a selector): `from` null adds `to`; `to` null
 * removes `from`; otherwise the entry is renamed (keeping its place) and/or given `value`.
 */
export interface MapEntryEdit {
  readonly from: string | null;
  readonly to: string | null;
  readonly value: string;
}

/**
 * The map after `edit`; undefined when it ends up empty (so the key goes away). A rename keeps
 * the entry's place, so the YAML changes one line.
 * @example setMapEntry({ app: 'web' }, { from: 'app', to: 'name', value: 'web' }) // { name: 'web' }
 */
export function setMapEntry(map: JsonValue | undefined, edit: MapEntryEdit): JsonObject | undefined {
  const current: JsonObject = isJsonObject(map) ? map : {};
  let next: JsonObject;
  if (edit.to === null) {
    next = edit.from === null ? current : withoutKey(current, edit.from);
  } else if (edit.from === null || edit.from === edit.to || !hasKey(current, edit.from)) {
    next = field(current, edit.to) === edit.value ? current : withKey(current, edit.to, edit.value);
  } else {
    const renamed: Record<string, JsonValue> = {};
    for (const key of Object.keys(current)) {
      if (key === edit.to) continue;
      const newKey = key === edit.from ? edit.to : key;
      Object.defineProperty(renamed, newKey, {
        value: key === edit.from ? edit.value : current[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    next = renamed;
  }
  if (next === current && isJsonObject(map)) return map;
  return Object.keys(next).length === 0 ? undefined : next;
}

/** Applies `edit` to the string map at `path` of `object` (removing the map when it empties). */
export function setMapEntryAtPath(object: JsonObject, path: DataPath, edit: MapEntryEdit): JsonObject {
  return updateAtPath(object, path, (map) => setMapEntry(map, edit)) as JsonObject;
}
