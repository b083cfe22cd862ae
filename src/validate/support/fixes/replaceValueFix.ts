import type { DataPath } from '../../../model/dataPath';
import type { JsonObject, JsonValue } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { updateAtPath } from '../../../model/valueAtPath';
import { updateObject, type ObjectRef } from '../../../model/workloads';
import type { FindingFix } from '../../finding';

/**
 * A fix that sets the value at `path` (inside the object at `ref`) to `value`, as one undo step.
 * @example replaceValueFix(context.ref, ['spec', 'restartPolicy'], 'Always', 'Set restartPolicy to Always')
 */
export function replaceValueFix(ref: ObjectRef, path: DataPath, value: JsonValue, label: string): FindingFix {
  return {
    label,
    apply: (manifest: Manifest) =>
      updateObject(manifest, ref, (object) => updateAtPath(object, path, () => value) as JsonObject),
  };
}
