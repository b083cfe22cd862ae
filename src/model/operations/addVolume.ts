import { field, type JsonObject } from '../jsonValue';
import { volumeNames } from '../volumes';
import { appendToList, OperationError, updatePodSpec } from './updatePodSpec';

/** Adds a volume to the pod. @example addVolume(pod, { name: 'cache', emptyDir: {} }) */
export function addVolume(workload: JsonObject, volume: JsonObject): JsonObject {
  const name = field(volume, 'name');
  return updatePodSpec(workload, (podSpec) => {
    if (typeof name === 'string' && volumeNames(podSpec).includes(name)) {
      throw new OperationError(`A volume named "${name}" already exists in this pod.`);
    }
    return appendToList(podSpec, 'volumes', volume);
  });
}
