import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../model/fixtures/workloadBuilders';
import type { JsonObject } from '../model/jsonValue';
import { addContainer } from '../model/operations/addContainer';
import { definedObjectKeys } from '../model/podReferences';
import type { ContainerNode, DesignerGraph, MountEdge, PodNode, ReferenceNode } from './graphTypes';
import { createGraphProjector, type GraphInput } from './projectGraph';

const POD = makePod({
  serviceAccountName: 'api',
  initContainers: [
    makeContainer('migrate'),
    makeContainer('seed'),
    makeContainer('proxy', { restartPolicy: 'Always' }),
  ],
  containers: [
    makeContainer('web', {
      envFrom: [{ configMapRef: { name: 'settings' } }],
      volumeMounts: [
        { name: 'cache', mountPath: '/cache' },
        { name: 'certs', mountPath: '/etc/tls', readOnly: true, subPath: 'tls.crt' },
        { name: 'missing', mountPath: '/nowhere' },
      ],
      livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
    }),
  ],
  volumes: [
    { name: 'cache', emptyDir: {} },
    { name: 'certs', secret: { secretName: 'tls' } },
  ],
});

function project(
  workload: JsonObject | null,
  extra: Partial<GraphInput> = {},
  projector = createGraphProjector(),
): DesignerGraph {
  return projector({ workload, stale: false, positions: {}, selectedIds: [], ...extra });
}

const nodeById = (graph: DesignerGraph, id: string) => graph.nodes.find((node) => node.id === id);

describe('projectGraph', () => {
  it('titles the pod with its name, workload kind and summary', () => {
    const deployment = makeDeployment({ containers: [makeContainer('api')] });
    const pod = nodeById(project(deployment), 'pod') as PodNode;
    expect(pod.data).toMatchObject({ name: 'demo', workloadKind: 'Deployment', summary: '2 replicas', empty: false });
  });

  it('puts init containers in run order, sidecars and app containers in their lanes', () => {
    const graph = project(POD);
    const containers = graph.nodes.filter((node): node is ContainerNode => node.type === 'container');
    expect(containers.map((node) => [node.data.name, node.data.role, node.data.order])).toEqual([
      ['migrate', 'init', 1],
      ['seed', 'init', 2],
      ['proxy', 'sidecar', 3],
      ['web', 'app', null],
    ]);
    expect(graph.nodes.filter((node) => node.type === 'lane').map((node) => node.data.title)).toEqual([
      'Init containers',
      'Sidecars',
      'App containers',
    ]);
    const [migrate, seed, proxy, web] = containers;
    expect(migrate!.position.x).toBe(seed!.position.x);
    expect(seed!.position.y).toBeGreaterThan(migrate!.position.y);
    expect(proxy!.position.x).toBeGreaterThan(migrate!.position.x);
    expect(web!.position.x).toBeGreaterThan(proxy!.position.x);
    expect(containers.every((node) => node.parentId === 'pod')).toBe(true);
  });

  it('draws each mount from the volume to the container, labelled, and skips mounts of unknown volumes', () => {
    const mounts = project(POD).edges.filter((edge): edge is MountEdge => edge.type === 'mount');
    expect(
      mounts.map((edge) => [
        edge.id,
        edge.source,
        edge.target,
        edge.data?.mountPath,
        edge.data?.readOnly,
        edge.data?.subPath,
      ]),
    ).toEqual([
      ['mount:web:0', 'volume:cache', 'container:web', '/cache', false, null],
      ['mount:web:1', 'volume:certs', 'container:web', '/etc/tls', true, 'tls.crt'],
    ]);
  });

  it('shows outside objects beside the pod, "in this file" or external, with edges to their users', () => {
    const manifest = [POD, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: {} }];
    const graph = project(POD, { definedObjects: definedObjectKeys(manifest) });
    const references = graph.nodes.filter((node): node is ReferenceNode => node.type === 'reference');
    expect(references.map((node) => [node.id, node.data.inThisFile, node.ariaLabel])).toEqual([
      ['ref:ConfigMap:settings', true, 'ConfigMap settings, in this file'],
      ['ref:Secret:tls', false, 'Secret tls, external'],
      ['ref:ServiceAccount:api', false, 'ServiceAccount api, external'],
    ]);
    const pod = nodeById(graph, 'pod')!;
    expect(references.every((node) => node.parentId === undefined && node.position.x > (pod.width ?? 0))).toBe(true);
    expect(
      graph.edges.filter((edge) => edge.type === 'reference').map((edge) => `${edge.source} -> ${edge.target}`),
    ).toEqual([
      'ref:ConfigMap:settings -> container:web',
      'ref:Secret:tls -> volume:certs',
      'ref:ServiceAccount:api -> pod',
    ]);
  });

  it('keeps positions the user set, and grows the pod around them', () => {
    const plain = project(POD);
    const moved = project(POD, { positions: { 'container:web': { x: 2000, y: 40 } } });
    expect(nodeById(moved, 'container:web')!.position).toEqual({ x: 2000, y: 40 });
    expect(nodeById(moved, 'pod')!.width).toBeGreaterThan(nodeById(plain, 'pod')!.width!);
  });

  it('returns the same node objects for entities that did not change', () => {
    const projector = createGraphProjector();
    const before = project(POD, {}, projector);
    const next = addContainer(POD, makeContainer('worker'), 'app');
    const after = project(next, {}, projector);
    expect(nodeById(after, 'container:migrate')).toBe(nodeById(before, 'container:migrate'));
    expect(nodeById(after, 'volume:cache')).toBe(nodeById(before, 'volume:cache'));
    expect(nodeById(after, 'ref:Secret:tls')).toBe(nodeById(before, 'ref:Secret:tls'));
    expect(after.edges.find((edge) => edge.id === 'mount:web:0')).toBe(
      before.edges.find((edge) => edge.id === 'mount:web:0'),
    );
    expect(nodeById(after, 'container:worker')).toBeDefined();
    const selected = project(next, { selectedIds: ['container:web'] }, projector);
    expect(nodeById(selected, 'container:web')).not.toBe(nodeById(after, 'container:web'));
    expect(nodeById(selected, 'container:web')!.selected).toBe(true);
  });

  it('shows an empty pod when the file has no workload', () => {
    const graph = project(null);
    expect((nodeById(graph, 'pod') as PodNode).data.empty).toBe(true);
    expect(graph.edges).toEqual([]);
  });
});

describe('projectGraph layout', () => {
  it('stacks a lane by the measured heights of its nodes, so tall nodes do not overlap', () => {
    const graph = project(POD, { measured: { 'container:migrate': { width: 260, height: 300 } } });
    const migrate = nodeById(graph, 'container:migrate')!;
    const seed = nodeById(graph, 'container:seed')!;
    expect(seed.position.y).toBeGreaterThanOrEqual(migrate.position.y + 300);
  });
});
