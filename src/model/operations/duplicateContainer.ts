import { containerNames, findContainerSlot } from '../containers';
import type { JsonObject } from '../jsonValue';
import { setAtPath, withKey } from '../valueAtPath';
import { uniqueName } from '../uniqueName';
import { OperationError, updatePodSpec } from './updatePodSpec';

/**
 * Copies a container, with a unique name (`web-2`), right after the original in its list, so a
 * duplicated init container runs next and a duplicated sidecar stays a sidecar.
 * Returns the new workload and the copy's name.
 * @example duplicateContainer(pod, 'web').name === 'web-2'
 */
export function duplicateContainer(workload: JsonObject, name: string): { workload: JsonObject; name: string } {
  let copyName = '';
  const next = updatePodSpec(workload, (podSpec) => {
    const slot = findContainerSlot(podSpec, name);
    if (!slot) throw new OperationError(`There is no container named "${name}".`);
    copyName = uniqueName(baseOf(name), containerNames(podSpec));
    const list = podSpec[slot.listKey] as readonly JsonObject[];
    const copy = withKey(slot.container, 'name', copyName);
    return setAtPath(
      podSpec,
      [slot.listKey],
      [...list.slice(0, slot.index + 1), copy, ...list.slice(slot.index + 1)],
    ) as JsonObject;
  });
  return { workload: next, name: copyName };
}

/** `web-2` copies as `web-3`, not `web-2-2`. */
function baseOf(name: string): string {
  const match = /^(.*)-\d+$/.exec(name);
  return match?.[1] ? match[1] : name;
}
