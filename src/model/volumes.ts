import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';

/**
 * The volume source fields of the Kubernetes API, in the order the API server checks them.
 * A volume names exactly one; one with none is defaulted to emptyDir.
 */
export const VOLUME_SOURCE_TYPES = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
  'image',
] as const;

export type VolumeSourceType = (typeof VOLUME_SOURCE_TYPES)[number];

export interface VolumeEntry {
  readonly index: number;
  readonly name: string;
  /** 1 for the first volume of this name, 2 for a second one (an error, drawn all the same) … */
  readonly occurrence: number;
  readonly volume: JsonObject;
}

export function listVolumes(podSpec: JsonObject): VolumeEntry[] {
  const volumes = field(podSpec, 'volumes');
  if (!isJsonArray(volumes)) return [];
  const seen = new Map<string, number>();
  return volumes.flatMap((volume, index) => {
    if (!isJsonObject(volume)) return [];
    const nameField = field(volume, 'name');
    const name = typeof nameField === 'string' ? nameField : '';
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    return [{ index, name, occurrence, volume }];
  });
}

/** The volume of that name (the `occurrence`-th one when several share it). */
export function findVolume(podSpec: JsonObject, name: string, occurrence = 1): VolumeEntry | undefined {
  return listVolumes(podSpec).find((entry) => entry.name === name && entry.occurrence === occurrence);
}

/** Source types a volume names (normally one). */
export function volumeSourceTypes(volume: JsonObject): VolumeSourceType[] {
  return VOLUME_SOURCE_TYPES.filter((type) => field(volume, type) !== undefined);
}

/** The volume's source type as Kubernetes sees it: with no source, the default emptyDir. */
export function volumeSourceType(volume: JsonObject): string {
  const known = volumeSourceTypes(volume)[0];
  if (known) return known;
  const other = Object.keys(volume).find((key) => key !== 'name');
  return other ?? 'emptyDir';
}

export function volumeNames(podSpec: JsonObject): string[] {
  return listVolumes(podSpec).map((entry) => entry.name);
}
