import type { DataPath } from '../../../model/dataPath';
import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { getAtPath, updateAtPath } from '../../../model/valueAtPath';
import { getObject, updateObject, type ObjectRef } from '../../../model/workloads';
import type { FindingFix } from '../../finding';

/**
 * Fixes that edit one field of one object. Paths are relative to the object (as finding paths
 * are). A fix re-checks the manifest it is given: when the list item it targets (a container, a
 * volume) is gone, it returns the manifest unchanged instead of creating a stray entry.
 */

/** The path up to and including its last list index: where the edited entity lives. */
function anchorOf(path: DataPath): DataPath {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'number') return path.slice(0, i + 1);
  return [];
}

function anchorExists(object: JsonObject, path: DataPath): boolean {
  const anchor = anchorOf(path);
  return anchor.length === 0 || getAtPath(object, anchor) !== undefined;
}

/** A fix that replaces the object at `ref` by `edit(object)`, when `anchor` still exists in it. */
export function editObjectFix(
  label: string,
  ref: ObjectRef,
  anchor: DataPath,
  edit: (object: JsonObject) => JsonObject,
): FindingFix {
  return {
    label,
    apply(manifest: Manifest): Manifest {
      const object = getObject(manifest, ref);
      if (!object || (anchor.length > 0 && getAtPath(object, anchor) === undefined)) return manifest;
      return updateObject(manifest, ref, edit);
    },
  };
}

/** Sets the field at `path` (mappings on the way are created). */
export function setFieldFix(label: string, ref: ObjectRef, path: DataPath, value: JsonValue): FindingFix {
  return updateFieldFix(label, ref, path, () => value);
}

/** Replaces the value at `path` by `update(current)`; returning undefined removes it. */
export function updateFieldFix(
  label: string,
  ref: ObjectRef,
  path: DataPath,
  update: (current: JsonValue | undefined) => JsonValue | undefined,
): FindingFix {
  return {
    label,
    apply(manifest: Manifest): Manifest {
      const object = getObject(manifest, ref);
      if (!object || !anchorExists(object, path)) return manifest;
      return updateObject(manifest, ref, (current) => updateAtPath(current, path, update) as JsonObject);
    },
  };
}

/**
 * Removes the field or list item at `path`, then the mappings and lists it leaves empty, up to
 * (not including) the first `keepDepth` segments: removing `privileged` from
 * `securityContext: {privileged: true}` removes the empty securityContext too.
 */
export function removeFieldFix(label: string, ref: ObjectRef, path: DataPath, keepDepth: number): FindingFix {
  return {
    label,
    apply(manifest: Manifest): Manifest {
      const object = getObject(manifest, ref);
      if (!object || getAtPath(object, path) === undefined) return manifest;
      return updateObject(manifest, ref, (current) => removePruning(current, path, keepDepth));
    },
  };
}

/** `object` without the value at `path` and without the empty parents it leaves behind. */
export function removePruning(object: JsonObject, path: DataPath, keepDepth: number): JsonObject {
  let result = updateAtPath(object, path, () => undefined) as JsonObject;
  for (let depth = path.length - 1; depth > keepDepth; depth--) {
    const parentPath = path.slice(0, depth);
    const parent = getAtPath(result, parentPath);
    const empty =
      (isJsonObject(parent) && Object.keys(parent).length === 0) || (isJsonArray(parent) && parent.length === 0);
    if (!empty) break;
    result = updateAtPath(result, parentPath, () => undefined) as JsonObject;
  }
  return result;
}
