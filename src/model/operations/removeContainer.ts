import { findContainerSlot } from '../containers';
import type { JsonObject } from '../jsonValue';
import { removeAtPath } from '../valueAtPath';
import { OperationError, updatePodSpec } from './updatePodSpec';

/**
 * Removes the named container (app, init or sidecar; the `occurrence`-th of that name when several
 * share it); an emptied init list is removed too.
 */
export function removeContainer(workload: JsonObject, name: string, occurrence = 1): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const slot = findContainerSlot(podSpec, name, occurrence);
    if (!slot) throw new OperationError(`There is no container named "${name}".`);
    const next = removeAtPath(podSpec, [slot.listKey, slot.index]) as JsonObject;
    const remaining = next[slot.listKey];
    if (slot.listKey === 'initContainers' && Array.isArray(remaining) && remaining.length === 0) {
      return removeAtPath(next, ['initContainers']) as JsonObject;
    }
    return next;
  });
}
