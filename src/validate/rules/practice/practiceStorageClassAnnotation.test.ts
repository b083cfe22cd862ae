import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { practiceStorageClassAnnotationRule } from './practiceStorageClassAnnotation';

const CASSANDRA = `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: cassandra}
spec:
  serviceName: cassandra
  selector: {matchLabels: {app: cassandra}}
  template:
    metadata: {labels: {app: cassandra}}
    spec:
      containers: [{name: cassandra, image: gcr.io/example/cassandra:v13}]
  volumeClaimTemplates:
  - metadata:
      name: cassandra-data
      annotations:
        volume.beta.kubernetes.io/storage-class: fast
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: logs
  annotations: {volume.beta.kubernetes.io/storage-class: slow}
spec:
  storageClassName: standard
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;

describe('practice/storage-class-annotation', () => {
  it('reports the beta annotation on claim templates and claims, with a fix that moves it', () => {
    expect(findingKeys(CASSANDRA, practiceStorageClassAnnotationRule)).toEqual([
      'practice/storage-class-annotation @ spec.volumeClaimTemplates[0].metadata.annotations[volume.beta.kubernetes.io/storage-class]',
      'practice/storage-class-annotation @ metadata.annotations[volume.beta.kubernetes.io/storage-class]',
    ]);
    const manifest = manifestFromYaml(CASSANDRA);
    const fixed = findingsOf(CASSANDRA, practiceStorageClassAnnotationRule)[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'volumeClaimTemplates', 0, 'spec', 'storageClassName'])).toBe('fast');
    expect(getAtPath(fixed[0]!, ['spec', 'volumeClaimTemplates', 0, 'metadata'])).toEqual({ name: 'cassandra-data' });
  });

  it('accepts spec.storageClassName', () => {
    expect(
      findingKeys(
        'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: d}\nspec: {storageClassName: fast}\n',
        practiceStorageClassAnnotationRule,
      ),
    ).toEqual([]);
  });
});
