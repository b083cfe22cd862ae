import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';
import { uniqueName } from './uniqueName';

/**
 * Where a new mount of `volumeName` goes in `container`: `/mnt/<volume>`, made unique among the
 * container's mount paths (`/mnt/cache-2`).
 * @example defaultMountPath({ name: 'web' }, 'cache') === '/mnt/cache'
 */
export function defaultMountPath(container: JsonObject, volumeName: string): string {
  const mounts = field(container, 'volumeMounts');
  const taken = isJsonArray(mounts)
    ? mounts.filter(isJsonObject).map((mount) => String(field(mount, 'mountPath') ?? ''))
    : [];
  return uniqueName(`/mnt/${volumeName}`, taken);
}
