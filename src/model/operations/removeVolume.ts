import { field, isJsonArray, isJsonObject, type JsonObject } from '../jsonValue';
import { removeAtPath, updateAtPath } from '../valueAtPath';
import { findVolume, listVolumes } from '../volumes';
import { mapAllContainers, OperationError, updatePodSpec } from './updatePodSpec';

/**
 * Removes a volume (the `occurrence`-th of that name when several share it) and every mount of it
 * (a mount of a missing volume would be rejected); mounts stay while another volume has the name.
 */
export function removeVolume(workload: JsonObject, name: string, occurrence = 1): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const entry = findVolume(podSpec, name, occurrence);
    if (!entry) throw new OperationError(`There is no volume named "${name}".`);
    let next = removeAtPath(podSpec, ['volumes', entry.index]) as JsonObject;
    const left = next.volumes;
    if (Array.isArray(left) && left.length === 0) next = removeAtPath(next, ['volumes']) as JsonObject;
    if (listVolumes(next).some((volume) => volume.name === name)) return next;
    return mapAllContainers(next, (container) => {
      let result = container;
      for (const key of ['volumeMounts', 'volumeDevices'] as const) {
        result = updateAtPath(result, [key], (mounts) => {
          if (!isJsonArray(mounts)) return mounts;
          const kept = mounts.filter((mount) => !(isJsonObject(mount) && field(mount, 'name') === name));
          if (kept.length === mounts.length) return mounts;
          return kept.length === 0 ? undefined : kept;
        }) as JsonObject;
      }
      return result;
    });
  });
}
