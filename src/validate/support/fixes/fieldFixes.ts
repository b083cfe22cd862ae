import type { DataPath } from '../../../model/dataPath';
import { deepEqual, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { getAtPath, updateAtPath } from '../../../model/valueAtPath';
import { getObject, updateObject } from '../../../model/workloads';
import type { FindingFix } from '../../finding';
import type { ObjectContext } from '../../objectContext';

/*
 * The fixes a finding offers: pure functions of the manifest, applied as one undo step. Every
 * builder takes the finding's object context, a path relative to that object (as finding paths
 * are), what to do, and the button label. A fix re-checks the manifest it is given and changes
 * nothing when the object, the list item it edits (a container, a volume) or the field's value is
 * no longer what the finding saw: a stale fix never overwrites newer work or creates a stray entry.
 */

/** The path up to and including its last list index: where the edited entity lives. */
function anchorOf(path: DataPath): DataPath {
  for (let index = path.length - 1; index >= 0; index--)
    if (typeof path[index] === 'number') return path.slice(0, index + 1);
  return [];
}

/**
 * A fix that replaces the finding's object by `edit(object)`, when the object and the place at
 * `anchor` still exist.
 */
export function editObjectFix(
  context: ObjectContext,
  anchor: DataPath,
  edit: (object: JsonObject) => JsonObject,
  label: string,
): FindingFix {
  return {
    label,
    apply(manifest: Manifest): Manifest {
      const object = getObject(manifest, context.ref);
      if (!object || (anchor.length > 0 && getAtPath(object, anchor) === undefined)) return manifest;
      return updateObject(manifest, context.ref, edit);
    },
  };
}

/** A fix that edits the field at `path` when its value is still the one the finding saw. */
function fieldFix(context: ObjectContext, path: DataPath, edit: (object: JsonObject) => JsonObject, label: string) {
  const seen = getAtPath(context.object, path);
  return editObjectFix(
    context,
    anchorOf(path),
    (object) => (deepEqual(getAtPath(object, path), seen) ? edit(object) : object),
    label,
  );
}

/**
 * Sets the field at `path` to `value` (mappings on the way are created).
 * @example setFieldFix(context, [...context.podSpecPath, 'restartPolicy'], 'Always', 'Set restartPolicy to Always')
 */
export function setFieldFix(context: ObjectContext, path: DataPath, value: JsonValue, label: string): FindingFix {
  return updateFieldFix(context, path, () => value, label);
}

/** Replaces the value at `path` by `update(current)`; returning undefined removes it. */
export function updateFieldFix(
  context: ObjectContext,
  path: DataPath,
  update: (current: JsonValue | undefined) => JsonValue | undefined,
  label: string,
): FindingFix {
  return fieldFix(context, path, (object) => updateAtPath(object, path, update) as JsonObject, label);
}

/**
 * Removes the field or list item at `path`. With `pruneEmptyParentsBelow`, also the mappings and
 * lists the removal leaves empty, up to (not including) that path: removing `privileged` from
 * `securityContext: {privileged: true}` below the container removes the empty securityContext too.
 */
export function removeFieldFix(
  context: ObjectContext,
  path: DataPath,
  label: string,
  pruneEmptyParentsBelow: DataPath = path.slice(0, -1),
): FindingFix {
  if (getAtPath(context.object, path) === undefined) return { label, apply: (manifest) => manifest };
  return fieldFix(context, path, (object) => removePruning(object, path, pruneEmptyParentsBelow.length), label);
}

/** `object` without the value at `path` and without the empty parents it leaves behind, below `keepDepth` segments. */
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
