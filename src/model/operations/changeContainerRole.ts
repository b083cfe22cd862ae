import { findContainerSlot, type ContainerRole } from '../containers';
import type { JsonObject } from '../jsonValue';
import { removeAtPath, setAtPath, withKey, withoutKey } from '../valueAtPath';
import { appendInitContainer, appendToList, OperationError, updatePodSpec } from './updatePodSpec';

/**
 * Turns a container into an app container, a plain init container or a native sidecar.
 * Init containers and sidecars stay in place in `initContainers` (only `restartPolicy` changes);
 * moving between `containers` and `initContainers` appends to the target list.
 */
export function changeContainerRole(workload: JsonObject, name: string, role: ContainerRole): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const slot = findContainerSlot(podSpec, name);
    if (!slot) throw new OperationError(`There is no container named "${name}".`);
    if (slot.role === role) return podSpec;
    const { container } = slot;
    if (slot.listKey === 'initContainers' && role !== 'app') {
      const updated =
        role === 'sidecar' ? withKey(container, 'restartPolicy', 'Always') : withoutKey(container, 'restartPolicy');
      return setAtPath(podSpec, ['initContainers', slot.index], updated) as JsonObject;
    }
    let without = removeAtPath(podSpec, [slot.listKey, slot.index]) as JsonObject;
    const left = without[slot.listKey];
    if (slot.listKey === 'initContainers' && Array.isArray(left) && left.length === 0) {
      without = removeAtPath(without, ['initContainers']) as JsonObject;
    }
    if (role === 'app') return appendToList(without, 'containers', withoutKey(container, 'restartPolicy'));
    const moved =
      role === 'sidecar' ? withKey(container, 'restartPolicy', 'Always') : withoutKey(container, 'restartPolicy');
    return appendInitContainer(without, moved);
  });
}
