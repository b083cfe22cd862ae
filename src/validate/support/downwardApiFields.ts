/**
 * What the downward API can read, shared by environment variables (`fieldRef`, `resourceFieldRef`)
 * and downwardAPI volumes.
 */

/** Field paths the downward API can convert at all (podshelper.ConvertDownwardAPIFieldLabel). */
export const CONVERTIBLE_FIELD_PATHS: ReadonlySet<string> = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
  // Kept for old clients: converted to spec.nodeName.
  'spec.host',
]);

/** The container resources `resourceFieldRef.resource` may name, besides hugepages. */
export const RESOURCE_FIELD_NAMES: readonly string[] = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];

/** True for `requests.hugepages-<size>` and `limits.hugepages-<size>`. */
export const isHugePagesResourceField = (resource: string): boolean => /^(requests|limits)\.hugepages-/.test(resource);
