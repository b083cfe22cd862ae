import type { DataPath } from '../../../model/dataPath';
import { deepEqual, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import { getAtPath, removeAtPath, setAtPath } from '../../../model/valueAtPath';
import { updateObject } from '../../../model/workloads';
import type { FindingFix } from '../../finding';
import type { ObjectContext } from '../../objectContext';

/**
 * Fixes that change one field of the object a finding is about. They are pure functions of the
 * manifest, and do nothing when the field no longer holds the value the finding was about (the
 * user edited it since), so a stale fix can never overwrite newer work.
 */

/** Sets the field at `path` (relative to the object) to `value`. */
export function setFieldFix(context: ObjectContext, path: DataPath, value: JsonValue, label: string): FindingFix {
  const before = getAtPath(context.object, path);
  return {
    label,
    apply: (manifest) =>
      updateObject(manifest, context.ref, (object) =>
        deepEqual(getAtPath(object, path), before) ? (setAtPath(object, path, value) as JsonObject) : object,
      ),
  };
}

/** Removes the field at `path` (relative to the object). */
export function removeFieldFix(context: ObjectContext, path: DataPath, label: string): FindingFix {
  const before = getAtPath(context.object, path);
  return {
    label,
    apply: (manifest) =>
      updateObject(manifest, context.ref, (object) =>
        before !== undefined && deepEqual(getAtPath(object, path), before)
          ? ((removeAtPath(object, path) ?? {}) as JsonObject)
          : object,
      ),
  };
}

/** The allowed value that equals `value` but for letter case (`always` → `Always`), if any. */
export function caseInsensitiveMatch(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return allowed.find((candidate) => candidate !== value && candidate.toLowerCase() === lower);
}
