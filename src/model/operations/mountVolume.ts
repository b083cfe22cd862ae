import { field, isJsonArray, isJsonObject, type JsonObject } from '../jsonValue';
import { appendToList, OperationError, updateContainer } from './updatePodSpec';

export interface VolumeMountInput {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
}

/**
 * Mounts a volume in a container. Keys are written in the order people read them:
 * name, mountPath, then readOnly and subPath when set.
 */
export function mountVolume(workload: JsonObject, containerName: string, mount: VolumeMountInput): JsonObject {
  return updateContainer(workload, containerName, (container) => {
    const mounts = field(container, 'volumeMounts');
    const clash =
      isJsonArray(mounts) && mounts.some((m) => isJsonObject(m) && field(m, 'mountPath') === mount.mountPath);
    if (clash) throw new OperationError(`"${containerName}" already mounts something at ${mount.mountPath}.`);
    const entry: Record<string, string | boolean> = { name: mount.name, mountPath: mount.mountPath };
    if (mount.readOnly) entry.readOnly = true;
    if (mount.subPath) entry.subPath = mount.subPath;
    return appendToList(container, 'volumeMounts', entry);
  });
}
