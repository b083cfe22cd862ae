import { field, type JsonObject } from '../../../model/jsonValue';
import type { ObjectReference, ReferencedKind } from './objectReferences';

/**
 * A minimal object to append to the manifest for a reference that the file does not define:
 * a ConfigMap or Secret with the keys the pod reads (empty values to fill in), a 1Gi
 * ReadWriteOnce PersistentVolumeClaim, or a ServiceAccount. In the workload's namespace.
 * @example stubObject('ConfigMap', 'settings', [ref], 'shop') // { kind: 'ConfigMap', data: { LOG_LEVEL: '' } … }
 */
export function stubObject(
  kind: ReferencedKind,
  name: string,
  references: readonly ObjectReference[],
  namespace: string | undefined,
): JsonObject {
  const metadata: JsonObject = namespace ? { name, namespace } : { name };
  const keys = [...new Set(references.flatMap((reference) => reference.keys.map(({ key }) => key)))];
  const emptyValues = (names: readonly string[]): JsonObject => Object.fromEntries(names.map((key) => [key, '']));
  switch (kind) {
    case 'ConfigMap':
      return { apiVersion: 'v1', kind, metadata, data: emptyValues(keys) };
    case 'Secret': {
      if (references.some((reference) => reference.purpose === 'imagePull')) {
        return {
          apiVersion: 'v1',
          kind,
          metadata,
          type: 'kubernetes.io/dockerconfigjson',
          stringData: { '.dockerconfigjson': '{"auths":{}}', ...emptyValues(keys) },
        };
      }
      return { apiVersion: 'v1', kind, metadata, type: 'Opaque', stringData: emptyValues(keys) };
    }
    case 'PersistentVolumeClaim':
      return {
        apiVersion: 'v1',
        kind,
        metadata,
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      };
    case 'ServiceAccount':
      return { apiVersion: 'v1', kind, metadata };
  }
}

/** The namespace a workload names in its metadata, if any. */
export function namespaceOf(object: JsonObject): string | undefined {
  const namespace = field(field(object, 'metadata'), 'namespace');
  return typeof namespace === 'string' && namespace !== '' ? namespace : undefined;
}
