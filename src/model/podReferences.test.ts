import { describe, expect, it } from 'vitest';
import { makeContainer } from './fixtures/workloadBuilders';
import type { JsonObject } from './jsonValue';
import { definedObjectKeys, listPodReferences } from './podReferences';

describe('listPodReferences', () => {
  it('lists each object once with every container, volume or pod that uses it', () => {
    const podSpec: JsonObject = {
      serviceAccountName: 'api',
      imagePullSecrets: [{ name: 'registry' }],
      containers: [
        makeContainer('web', {
          env: [
            { name: 'A', valueFrom: { configMapKeyRef: { name: 'settings', key: 'a' } } },
            { name: 'B', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'C', value: 'plain' },
          ],
          envFrom: [{ configMapRef: { name: 'settings' } }],
        }),
        makeContainer('worker', { envFrom: [{ secretRef: { name: 'db' } }] }),
      ],
      volumes: [
        { name: 'config', configMap: { name: 'settings' } },
        { name: 'certs', secret: { secretName: 'tls' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data-claim' } },
        {
          name: 'bundle',
          projected: {
            sources: [
              { configMap: { name: 'extra' } },
              { secret: { name: 'tls' } },
              { serviceAccountToken: { path: 't' } },
            ],
          },
        },
        { name: 'scratch', emptyDir: {} },
      ],
    };
    expect(listPodReferences(podSpec)).toEqual([
      { kind: 'ConfigMap', name: 'settings', users: ['container:web', 'volume:config'] },
      { kind: 'Secret', name: 'db', users: ['container:web', 'container:worker'] },
      { kind: 'Secret', name: 'tls', users: ['volume:certs', 'volume:bundle'] },
      { kind: 'PersistentVolumeClaim', name: 'data-claim', users: ['volume:data'] },
      { kind: 'ConfigMap', name: 'extra', users: ['volume:bundle'] },
      { kind: 'Secret', name: 'registry', users: ['pod'] },
      { kind: 'ServiceAccount', name: 'api', users: ['pod'] },
    ]);
  });

  it('leaves out the default ServiceAccount and empty names', () => {
    expect(
      listPodReferences({
        serviceAccountName: 'default',
        containers: [makeContainer('a', { envFrom: [{ configMapRef: { name: '' } }] })],
      }),
    ).toEqual([]);
  });

  it('reads the deprecated serviceAccount field too', () => {
    expect(listPodReferences({ serviceAccount: 'legacy' })).toEqual([
      { kind: 'ServiceAccount', name: 'legacy', users: ['pod'] },
    ]);
  });
});

describe('definedObjectKeys', () => {
  it('names every object of every document, List items included', () => {
    const keys = definedObjectKeys([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } },
      null,
      { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' } }] },
    ]);
    expect([...keys].sort()).toEqual(['ConfigMap/settings', 'Secret/db']);
  });
});
