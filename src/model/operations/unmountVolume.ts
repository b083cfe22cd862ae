import { field, isJsonArray, type JsonObject } from '../jsonValue';
import { removeAtPath } from '../valueAtPath';
import { OperationError, updateContainer } from './updatePodSpec';

/**
 * Removes the container's volumeMount at `mountIndex` (the list goes when it empties); `occurrence`
 * picks the container when several share the name.
 */
export function unmountVolume(
  workload: JsonObject,
  containerName: string,
  mountIndex: number,
  occurrence = 1,
): JsonObject {
  return updateContainer(
    workload,
    containerName,
    (container) => {
      const mounts = field(container, 'volumeMounts');
      if (!isJsonArray(mounts) || mountIndex < 0 || mountIndex >= mounts.length) {
        throw new OperationError(`"${containerName}" has no volume mount number ${mountIndex + 1}.`);
      }
      if (mounts.length === 1) return removeAtPath(container, ['volumeMounts']) as JsonObject;
      return removeAtPath(container, ['volumeMounts', mountIndex]) as JsonObject;
    },
    occurrence,
  );
}
