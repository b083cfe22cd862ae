import { describe, expect, it } from 'vitest';
import { manifestFromYaml } from '../testing/manifestFromYaml';
import { createMapProjector, projectApplicationMap } from './applicationMap';
import { mapEntityId } from './mapEntityId';
import { microservicesManifest } from './fixtures/microservicesManifest';

const project = (yaml: string, positions = {}) =>
  projectApplicationMap({ manifest: manifestFromYaml(yaml), status: new Map(), positions, selectedIds: [] });

describe('projectApplicationMap', () => {
  it('draws every object of a 12-Deployment / 12-Service file, with selector, port and reference edges', () => {
    const map = project(microservicesManifest(12));
    expect(map.nodes).toHaveLength(25);
    const kinds = (kind: string) => map.edges.filter((edge) => edge.data?.kind === kind);
    expect(kinds('selects')).toHaveLength(12);
    expect(kinds('port')).toHaveLength(12);
    expect(kinds('port')[0]).toMatchObject({ label: '80 → http 8080', targetHandle: 'container:containers:0' });
    expect(kinds('uses')).toHaveLength(4);
    expect(new Set(map.nodes.map((node) => node.id)).size).toBe(25);
  });

  it('lays each Service beside the workload it selects, and keeps positions the user set', () => {
    // Deployment frontend, its Service, Deployment cartservice, its Service, the ConfigMap.
    const map = project(microservicesManifest(2), { 'object:2': { x: 1000, y: 2000 } });
    const at = (id: string) => map.nodes.find((node) => node.id === id)!.position;
    expect(at('object:2')).toEqual({ x: 1000, y: 2000 });
    expect(at('object:1').y).toBe(at('object:0').y);
    expect(at('object:1').x).toBeLessThan(at('object:0').x);
    expect(map.nodes.find((node) => node.id === 'object:2')?.data).toMatchObject({
      kind: 'Deployment',
      designable: true,
      containers: [{ name: 'server', role: 'app' }],
    });
  });

  it('draws custom resources as plain cards, and an Ingress backend to its Service', () => {
    const map = project(`
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {ports: [{port: 80}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web-tls}
`);
    expect(map.nodes.map((node) => `${node.data.kind}/${node.data.category}`)).toEqual([
      'Service/service',
      'Ingress/ingress',
      'Certificate/other',
    ]);
    expect(map.edges.map((edge) => edge.id)).toEqual(['routes:object:1->object:0']);
  });

  it('names List items by their place in the list', () => {
    expect(mapEntityId({ documentIndex: 2, itemIndex: 1 })).toBe('object:2/items/1');
  });

  it('keeps the card and edge objects of the objects an edit did not change, and both lists when it changed none', () => {
    const project = createMapProjector();
    const input = (yaml: string) => ({
      manifest: manifestFromYaml(yaml),
      status: new Map(),
      positions: {},
      selectedIds: [],
    });
    const release = microservicesManifest(12);
    const before = project(input(release));
    const renamed = release.replace('name: server', 'name: server1');
    expect(renamed).not.toBe(release);
    const after = project(input(renamed));
    const changed = after.nodes.filter((node, index) => node !== before.nodes[index]);
    expect(changed.map((node) => node.data.containers.map((container) => container.name))).toEqual([['server1']]);
    expect(after.edges).toBe(before.edges);
    const again = project(input(renamed));
    expect(again.nodes).toBe(after.nodes);
    expect(again.edges).toBe(after.edges);
  });
});
