import { field, isJsonArray, isJsonObject, type JsonObject } from '../jsonValue';
import { setAtPath, updateAtPath, withKey } from '../valueAtPath';
import { listVolumes } from '../volumes';
import { mapAllContainers, OperationError, updatePodSpec } from './updatePodSpec';

/** Renames a volume and updates every volumeMount and volumeDevice that names it. */
export function renameVolume(workload: JsonObject, from: string, to: string): JsonObject {
  if (from === to) return workload;
  return updatePodSpec(workload, (podSpec) => {
    const volumes = listVolumes(podSpec);
    const entry = volumes.find((volume) => volume.name === from);
    if (!entry) throw new OperationError(`There is no volume named "${from}".`);
    if (volumes.some((volume) => volume.name === to))
      throw new OperationError(`A volume named "${to}" already exists.`);
    const renamed = setAtPath(podSpec, ['volumes', entry.index, 'name'], to) as JsonObject;
    return mapAllContainers(renamed, (container) => {
      let result = container;
      for (const key of ['volumeMounts', 'volumeDevices'] as const) {
        result = updateAtPath(result, [key], (mounts) => {
          if (!isJsonArray(mounts)) return mounts;
          let changed = false;
          const next = mounts.map((mount) => {
            if (!isJsonObject(mount) || field(mount, 'name') !== from) return mount;
            changed = true;
            return withKey(mount, 'name', to);
          });
          return changed ? next : mounts;
        }) as JsonObject;
      }
      return result;
    });
  });
}
