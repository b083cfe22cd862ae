/**
 * The kinds of volume the shelf groups together, in the order it shows them: what a container
 * reads its configuration from, storage that outlives the pod, scratch space that dies with it,
 * files of the node, and names mounted without a volume (an error, drawn so it can be fixed).
 */
export const VOLUME_GROUPS = [
  { group: 'config', title: 'Config and secrets' },
  { group: 'storage', title: 'Persistent storage' },
  { group: 'scratch', title: 'Scratch space' },
  { group: 'node', title: 'Node files' },
  { group: 'missing', title: 'Not defined' },
] as const;

export type VolumeGroup = (typeof VOLUME_GROUPS)[number]['group'];

const GROUP_OF_TYPE: Readonly<Record<string, VolumeGroup>> = {
  configMap: 'config',
  secret: 'config',
  projected: 'config',
  downwardAPI: 'config',
  emptyDir: 'scratch',
  image: 'scratch',
  gitRepo: 'scratch',
  hostPath: 'node',
};

/**
 * The shelf group of a volume source type; every network or claim-backed source is storage.
 * @example volumeGroupOf('secret') // "config"
 */
export function volumeGroupOf(type: string): VolumeGroup {
  return GROUP_OF_TYPE[type] ?? 'storage';
}
