import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonValue } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { containersExceptEphemeral } from '../containers/podContainers';

/** The kinds of object a pod names and needs at run time. */
export type ReferencedKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim' | 'ServiceAccount';

/** Why the pod names the object: decides what a stub of it must contain. */
export type ReferencePurpose = 'env' | 'volume' | 'imagePull' | 'serviceAccount';

/** A key the pod reads from a ConfigMap or Secret, and where it says so. */
export interface ReferencedKey {
  readonly key: string;
  readonly path: DataPath;
}

/** One place in a pod spec that names another object. Paths are inside the workload object. */
export interface ObjectReference {
  readonly kind: ReferencedKind;
  readonly name: string;
  /** Path of the field holding the name (`…configMapKeyRef.name`, `…secret.secretName`). */
  readonly path: DataPath;
  /** `optional: true`: the pod starts without the object (or without the key). */
  readonly optional: boolean;
  readonly purpose: ReferencePurpose;
  readonly keys: readonly ReferencedKey[];
}

/**
 * Every ConfigMap, Secret, PersistentVolumeClaim and ServiceAccount the pod of a workload names:
 * env `valueFrom` and `envFrom` of every container (init containers and sidecars included),
 * volumes (projected sources included), `imagePullSecrets` and `serviceAccountName`.
 * The ServiceAccount `default`, which every namespace has, is left out.
 */
export function listObjectReferences(context: ObjectContext): ObjectReference[] {
  const podSpec = context.podSpec;
  if (!podSpec) return [];
  const base = context.podSpecPath;
  const references: ObjectReference[] = [];
  const add = (reference: ObjectReference | null): void => {
    if (reference) references.push(reference);
  };

  for (const slot of containersExceptEphemeral(context)) {
    const at = slot.path;
    eachObject(field(slot.container, 'env'), (entry, index) => {
      const valueFrom = field(entry, 'valueFrom');
      const envPath = [...at, 'env', index, 'valueFrom'];
      add(keyReference('ConfigMap', field(valueFrom, 'configMapKeyRef'), [...envPath, 'configMapKeyRef']));
      add(keyReference('Secret', field(valueFrom, 'secretKeyRef'), [...envPath, 'secretKeyRef']));
    });
    eachObject(field(slot.container, 'envFrom'), (entry, index) => {
      const envFromPath = [...at, 'envFrom', index];
      add(namedReference('ConfigMap', field(entry, 'configMapRef'), [...envFromPath, 'configMapRef'], 'name', 'env'));
      add(namedReference('Secret', field(entry, 'secretRef'), [...envFromPath, 'secretRef'], 'name', 'env'));
    });
  }

  for (const { volume, index } of context.volumes) {
    const at = [...base, 'volumes', index];
    add(itemsReference('ConfigMap', field(volume, 'configMap'), [...at, 'configMap'], 'name'));
    add(itemsReference('Secret', field(volume, 'secret'), [...at, 'secret'], 'secretName'));
    add(
      namedReference(
        'PersistentVolumeClaim',
        field(volume, 'persistentVolumeClaim'),
        [...at, 'persistentVolumeClaim'],
        'claimName',
        'volume',
      ),
    );
    eachObject(field(field(volume, 'projected'), 'sources'), (source, sourceIndex) => {
      const sourcePath = [...at, 'projected', 'sources', sourceIndex];
      add(itemsReference('ConfigMap', field(source, 'configMap'), [...sourcePath, 'configMap'], 'name'));
      add(itemsReference('Secret', field(source, 'secret'), [...sourcePath, 'secret'], 'name'));
    });
  }

  eachObject(field(podSpec, 'imagePullSecrets'), (entry, index) => {
    add(namedReference('Secret', entry, [...base, 'imagePullSecrets', index], 'name', 'imagePull'));
  });

  const accountField = field(podSpec, 'serviceAccountName') !== undefined ? 'serviceAccountName' : 'serviceAccount';
  const account = field(podSpec, accountField);
  if (typeof account === 'string' && account !== '' && account !== 'default') {
    references.push({
      kind: 'ServiceAccount',
      name: account,
      path: [...base, accountField],
      optional: false,
      purpose: 'serviceAccount',
      keys: [],
    });
  }
  return references;
}

function eachObject(list: JsonValue | undefined, visit: (entry: JsonValue, index: number) => void): void {
  if (!isJsonArray(list)) return;
  list.forEach((entry, index) => {
    if (isJsonObject(entry)) visit(entry, index);
  });
}

/** `configMapRef: {name}`, `persistentVolumeClaim: {claimName}`, `imagePullSecrets[i]: {name}`. */
function namedReference(
  kind: ReferencedKind,
  source: JsonValue | undefined,
  path: DataPath,
  nameField: string,
  purpose: ReferencePurpose,
): ObjectReference | null {
  const name = field(source, nameField);
  if (typeof name !== 'string' || name === '') return null;
  return { kind, name, path: [...path, nameField], optional: field(source, 'optional') === true, purpose, keys: [] };
}

/** `configMapKeyRef: {name, key}` of an env var. */
function keyReference(kind: ReferencedKind, source: JsonValue | undefined, path: DataPath): ObjectReference | null {
  const reference = namedReference(kind, source, path, 'name', 'env');
  const key = field(source, 'key');
  if (!reference) return null;
  return typeof key === 'string' && key !== '' ? { ...reference, keys: [{ key, path: [...path, 'key'] }] } : reference;
}

/** A configMap or secret volume (or projected source): the keys it reads are its `items`. */
function itemsReference(
  kind: ReferencedKind,
  source: JsonValue | undefined,
  path: DataPath,
  nameField: string,
): ObjectReference | null {
  const reference = namedReference(kind, source, path, nameField, 'volume');
  if (!reference) return null;
  const keys: ReferencedKey[] = [];
  eachObject(field(source, 'items'), (item, index) => {
    const key = field(item, 'key');
    if (typeof key === 'string' && key !== '') keys.push({ key, path: [...path, 'items', index, 'key'] });
  });
  return { ...reference, keys };
}
