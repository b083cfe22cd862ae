import type { DataPath } from '../dataPath';
import type { EntityId } from '../entityId';
import { entityPath } from '../entityPaths';
import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../jsonValue';
import { getAtPath, updateAtPath } from '../valueAtPath';
import { OperationError } from './updatePodSpec';

/**
 * Sets one field of an entity of the pod (a container, volume, mount, probe, or the workload
 * itself for `pod`): `path` is relative to the entity. `undefined` removes the field, and then
 * every mapping or list on the way that became empty goes too (an empty `resources: {}` means
 * nothing to Kubernetes), except the first `keep` segments of `path` (a volume's `emptyDir: {}`
 * is meaningful even when empty).
 * @example setEntityField(pod, 'container:web', ['resources', 'limits', 'cpu'], '500m')
 */
export function setEntityField(
  workload: JsonObject,
  id: EntityId,
  path: DataPath,
  value: JsonValue | undefined,
  keep = 0,
): JsonObject {
  const base = entityPath(workload, id);
  if (base === null) throw new OperationError(`"${id}" is no longer in the pod.`);
  if (value !== undefined) return updateAtPath(workload, [...base, ...path], () => value) as JsonObject;
  if (getAtPath(workload, [...base, ...path]) === undefined) return workload;
  let next = updateAtPath(workload, [...base, ...path], () => undefined) as JsonObject;
  for (let depth = path.length - 1; depth > keep; depth--) {
    const parentPath = [...base, ...path.slice(0, depth)];
    if (!isEmptyCollection(getAtPath(next, parentPath))) break;
    next = updateAtPath(next, parentPath, () => undefined) as JsonObject;
  }
  return next;
}

function isEmptyCollection(value: JsonValue | undefined): boolean {
  return (isJsonArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);
}
