import { containerEntityId, POD_ENTITY_ID, volumeEntityId, type EntityId } from './entityId';
import { listContainerSlots } from './containers';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from './jsonValue';
import type { Manifest } from './manifest';
import { listVolumes } from './volumes';
import { listObjects } from './workloads';

/** Kinds of object outside the pod that the pod names. */
export type PodReferenceKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';

/** An object outside the pod and the parts of the pod that use it. */
export interface PodReference {
  readonly kind: PodReferenceKind;
  readonly name: string;
  /** Entity ids of what uses it (containers, volumes, the pod), each once, in document order. */
  readonly users: readonly EntityId[];
}

/**
 * Every ConfigMap, Secret, PersistentVolumeClaim and ServiceAccount the pod names, with its users:
 * containers (env valueFrom, envFrom), volumes (configMap, secret, persistentVolumeClaim, projected
 * sources) and the pod itself (serviceAccountName, imagePullSecrets). The namespace's `default`
 * ServiceAccount is left out.
 * @example listPodReferences({ serviceAccountName: 'api' }) // [{ kind: 'ServiceAccount', name: 'api', users: ['pod'] }]
 */
export function listPodReferences(podSpec: JsonObject): PodReference[] {
  const byKey = new Map<string, { kind: PodReferenceKind; name: string; users: EntityId[] }>();
  const add = (kind: PodReferenceKind, name: JsonValue | undefined, user: EntityId): void => {
    if (typeof name !== 'string' || name === '') return;
    const key = `${kind}/${name}`;
    const entry = byKey.get(key) ?? { kind, name, users: [] };
    if (!entry.users.includes(user)) entry.users.push(user);
    byKey.set(key, entry);
  };

  for (const slot of listContainerSlots(podSpec)) {
    const user = containerEntityId(slot.name);
    eachObject(field(slot.container, 'env'), (entry) => {
      const valueFrom = field(entry, 'valueFrom');
      add('ConfigMap', field(field(valueFrom, 'configMapKeyRef'), 'name'), user);
      add('Secret', field(field(valueFrom, 'secretKeyRef'), 'name'), user);
    });
    eachObject(field(slot.container, 'envFrom'), (entry) => {
      add('ConfigMap', field(field(entry, 'configMapRef'), 'name'), user);
      add('Secret', field(field(entry, 'secretRef'), 'name'), user);
    });
  }
  for (const { name, volume } of listVolumes(podSpec)) {
    const user = volumeEntityId(name);
    add('ConfigMap', field(field(volume, 'configMap'), 'name'), user);
    add('Secret', field(field(volume, 'secret'), 'secretName'), user);
    add('PersistentVolumeClaim', field(field(volume, 'persistentVolumeClaim'), 'claimName'), user);
    eachObject(field(field(volume, 'projected'), 'sources'), (source) => {
      add('ConfigMap', field(field(source, 'configMap'), 'name'), user);
      add('Secret', field(field(source, 'secret'), 'name'), user);
    });
  }
  eachObject(field(podSpec, 'imagePullSecrets'), (entry) => add('Secret', field(entry, 'name'), POD_ENTITY_ID));
  const account = field(podSpec, 'serviceAccountName') ?? field(podSpec, 'serviceAccount');
  if (account !== 'default') add('ServiceAccount', account, POD_ENTITY_ID);
  return [...byKey.values()];
}

/** `Kind/name` of every object the manifest defines (any document, List items included). */
export function definedObjectKeys(manifest: Manifest): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const { object } of listObjects(manifest)) {
    const kind = field(object, 'kind');
    const name = field(field(object, 'metadata'), 'name');
    if (typeof kind === 'string' && typeof name === 'string') keys.add(`${kind}/${name}`);
  }
  return keys;
}

function eachObject(list: JsonValue | undefined, visit: (entry: JsonObject) => void): void {
  if (!isJsonArray(list)) return;
  for (const entry of list) if (isJsonObject(entry)) visit(entry);
}
