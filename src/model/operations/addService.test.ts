import { describe, expect, it } from 'vitest';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { addService } from './addService';

const file = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      initContainers:
      - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 9901}]}
      containers:
      - {name: web, image: nginx:1.27, ports: [{name: http, containerPort: 8080}, {containerPort: 53, protocol: UDP}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
`;

describe('addService', () => {
  it('adds a Service after the workload: selector from the pod labels, a port per container port', () => {
    const added = addService(manifestFromYaml(file), { documentIndex: 0, itemIndex: null });
    expect(added.ref).toEqual({ documentIndex: 1, itemIndex: null });
    expect(added.manifest[1]).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop' },
      spec: {
        selector: { app: 'web', tier: 'front' },
        ports: [
          { name: 'port-9901', port: 9901, targetPort: 9901 },
          { name: 'http', port: 8080, targetPort: 'http' },
          { name: 'port-53', port: 53, targetPort: 53, protocol: 'UDP' },
        ],
      },
    });
    expect(added.manifest[2]).toMatchObject({ kind: 'ConfigMap' });
  });

  it('picks a free name, and refuses a pod without labels', () => {
    const twice = addService(addService(manifestFromYaml(file), { documentIndex: 0, itemIndex: null }).manifest, {
      documentIndex: 0,
      itemIndex: null,
    });
    expect(twice.name).toBe('web-2');
    const unlabelled = manifestFromYaml('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n');
    expect(() => addService(unlabelled, { documentIndex: 0, itemIndex: null })).toThrow(/no labels/);
  });
});
