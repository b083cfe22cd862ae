import { field, isJsonArray, isJsonObject, type JsonObject } from '../jsonValue';
import { removeAtPath, updateAtPath } from '../valueAtPath';
import { listVolumes } from '../volumes';
import { mapAllContainers, OperationError, updatePodSpec } from './updatePodSpec';

/** Removes a volume and every mount of it (a mount of a missing volume would be rejected). */
export function removeVolume(workload: JsonObject, name: string): JsonObject {
  return updatePodSpec(workload, (podSpec) => {
    const entry = listVolumes(podSpec).find((volume) => volume.name === name);
    if (!entry) throw new OperationError(`There is no volume named "${name}".`);
    let next = removeAtPath(podSpec, ['volumes', entry.index]) as JsonObject;
    const left = next.volumes;
    if (Array.isArray(left) && left.length === 0) next = removeAtPath(next, ['volumes']) as JsonObject;
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
