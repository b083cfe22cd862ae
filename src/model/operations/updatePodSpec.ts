import { findContainerSlot } from '../containers';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../jsonValue';
import { updateAtPath, withKeyBefore } from '../valueAtPath';
import { WORKLOAD_KINDS } from '../workloadKinds';
import { workloadKindOf } from '../workloads';

export class OperationError extends Error {
  override readonly name = 'OperationError';
}

/** Applies `update` to the workload's pod spec (created when missing) and returns the new workload. */
export function updatePodSpec(workload: JsonObject, update: (podSpec: JsonObject) => JsonObject): JsonObject {
  const path = (workloadKindOf(workload) ?? WORKLOAD_KINDS.Pod).podSpecPath;
  return updateAtPath(workload, path, (spec) => update(isJsonObject(spec) ? spec : {})) as JsonObject;
}

/**
 * Applies `update` to the named container (app, init or sidecar; the `occurrence`-th of that name
 * when several share it). Throws when there is none.
 */
export function updateContainer(
  workload: JsonObject,
  name: string,
  update: (container: JsonObject) => JsonObject,
  occurrence = 1,
): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const slot = findContainerSlot(podSpec, name, occurrence);
    if (!slot) throw new OperationError(`There is no container named "${name}".`);
    return updateAtPath(podSpec, [slot.listKey, slot.index], (container) =>
      update(container as JsonObject),
    ) as JsonObject;
  });
}

/** Maps every container of every list (init and app), keeping identity of unchanged ones. */
export function mapAllContainers(podSpec: JsonObject, map: (container: JsonObject) => JsonObject): JsonObject {
  let result = podSpec;
  for (const key of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    result = updateAtPath(result, [key], (list) => {
      if (!isJsonArray(list)) return list;
      let changed = false;
      const mapped = list.map((item) => {
        if (!isJsonObject(item)) return item;
        const next = map(item);
        if (next !== item) changed = true;
        return next;
      });
      return changed ? mapped : list;
    }) as JsonObject;
  }
  return result;
}

/** Appends `item` to the list at `key` of `object` (creating the list). */
export function appendToList(object: JsonObject, key: string, item: JsonValue): JsonObject {
  return updateAtPath(object, [key], (list) => [...(isJsonArray(list) ? list : []), item]) as JsonObject;
}

/**
 * Appends an init container (or native sidecar) to the pod spec. A new `initContainers` list is
 * placed just before `containers`, where people write it: init containers run first.
 */
export function appendInitContainer(podSpec: JsonObject, container: JsonObject): JsonObject {
  const list = field(podSpec, 'initContainers');
  return withKeyBefore(podSpec, 'initContainers', [...(isJsonArray(list) ? list : []), container], 'containers');
}
