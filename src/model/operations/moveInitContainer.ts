import { field, isJsonArray, type JsonObject } from '../jsonValue';
import { OperationError, updatePodSpec } from './updatePodSpec';
import { withKey } from '../valueAtPath';

/**
 * Moves the init container at `fromIndex` to `toIndex` in `initContainers` (their run order).
 * @example moveInitContainer(pod, 2, 0) // the third init container now runs first
 */
export function moveInitContainer(workload: JsonObject, fromIndex: number, toIndex: number): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const list = field(podSpec, 'initContainers');
    if (!isJsonArray(list) || fromIndex < 0 || fromIndex >= list.length) {
      throw new OperationError(`There is no init container at position ${fromIndex + 1}.`);
    }
    const target = Math.max(0, Math.min(list.length - 1, toIndex));
    if (target === fromIndex) return podSpec;
    const reordered = list.slice();
    const [moved] = reordered.splice(fromIndex, 1);
    reordered.splice(target, 0, moved!);
    return withKey(podSpec, 'initContainers', reordered);
  });
}
