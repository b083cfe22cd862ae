import { field, isJsonArray, isJsonObject, type JsonObject } from '../../model/jsonValue';
import { listVolumes, volumeSourceType } from '../../model/volumes';

/** A volume mount of a container, with the volume's source type (`emptyDir`, `secret` …). */
export interface ContainerMount {
  readonly volume: string;
  readonly path: string;
  readonly source: string | null;
  readonly readOnly: boolean;
  /** The volume definition, when the pod has one of that name. */
  readonly definition: JsonObject | null;
}

/** The container's mounts with absolute paths, each with its volume's definition. */
export function containerMounts(podSpec: JsonObject, container: JsonObject): ContainerMount[] {
  const mounts = field(container, 'volumeMounts');
  if (!isJsonArray(mounts)) return [];
  const volumes = listVolumes(podSpec);
  return mounts.flatMap((mount) => {
    if (!isJsonObject(mount)) return [];
    const volume = field(mount, 'name');
    const path = field(mount, 'mountPath');
    if (typeof volume !== 'string' || typeof path !== 'string' || !path.startsWith('/')) return [];
    const definition = volumes.find((entry) => entry.name === volume)?.volume ?? null;
    const source = definition ? volumeSourceType(definition) : null;
    return [{ volume, path, source, readOnly: field(mount, 'readOnly') === true, definition }];
  });
}

/** `file` lies at or below `mountPath`. */
export function isUnder(file: string, mountPath: string): boolean {
  const folder = mountPath.endsWith('/') ? mountPath : `${mountPath}/`;
  return file === mountPath || file.startsWith(folder);
}
