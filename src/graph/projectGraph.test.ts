import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../model/fixtures/workloadBuilders';
import type { JsonObject } from '../model/jsonValue';
import { updateContainer } from '../model/operations/updatePodSpec';
import { definedObjectKeys } from '../model/podReferences';
import type {
  ContainerNode,
  DesignerGraph,
  LaneNode,
  MountEdge,
  PodNode,
  ReferenceNode,
  VolumeNode,
} from './graphTypes';
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

const POD_WITHOUT_SIDECARS = makePod({ containers: [makeContainer('web')] });

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

  it('puts the lanes top to bottom in start order, each a grid of its containers in run order', () => {
    const graph = project(POD);
    const containers = graph.nodes.filter((node): node is ContainerNode => node.type === 'container');
    expect(containers.map((node) => [node.data.name, node.data.role, node.data.order])).toEqual([
      ['migrate', 'init', 1],
      ['seed', 'init', 2],
      ['proxy', 'sidecar', 3],
      ['web', 'app', null],
    ]);
    const lanes = graph.nodes.filter((node): node is LaneNode => node.type === 'lane');
    expect(lanes.map((node) => node.data.title)).toEqual(['Init containers', 'Sidecars', 'App containers']);
    expect(lanes[0]!.position.y).toBeLessThan(lanes[1]!.position.y);
    expect(lanes[1]!.position.y).toBeLessThan(lanes[2]!.position.y);
    const [migrate, seed, proxy, web] = containers;
    // Run order reads left to right, then row by row.
    expect(seed!.position.y > migrate!.position.y || seed!.position.x > migrate!.position.x).toBe(true);
    const inside = (node: ContainerNode, lane: LaneNode) =>
      node.position.y >= lane.position.y && node.position.y + node.height! <= lane.position.y + lane.height!;
    expect(inside(migrate!, lanes[0]!) && inside(seed!, lanes[0]!)).toBe(true);
    expect(inside(proxy!, lanes[1]!)).toBe(true);
    expect(inside(web!, lanes[2]!)).toBe(true);
    expect(containers.every((node) => node.parentId === 'pod')).toBe(true);
  });

  it('gives every container and volume a box of its own: none overlap', () => {
    const graph = project(POD);
    const boxes = graph.nodes
      .filter((node) => node.type === 'container' || node.type === 'volume')
      .map((node) => ({
        id: node.id,
        x: node.position.x,
        y: node.position.y,
        width: node.width!,
        height: node.height!,
      }));
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
            `${a.id} overlaps ${b.id}`,
          ).toBe(true);
  });

  it('shrinks an empty lane to a slim strip, and opens it while a matching palette item is dragged', () => {
    const lane = (graph: DesignerGraph, name: string) => nodeById(graph, `lane:${name}`) as LaneNode;
    const closed = lane(project(POD_WITHOUT_SIDECARS), 'sidecar');
    expect(closed.data).toMatchObject({ empty: true, open: false });
    expect(closed.height).toBeLessThan(40);
    const open = lane(project(POD_WITHOUT_SIDECARS, { openLane: 'sidecar' }), 'sidecar');
    expect(open.data).toMatchObject({ empty: true, open: true });
    expect(open.height).toBeGreaterThan(closed.height! + 60);
  });

  it("draws each mount from its volume to the container, ending at the mount's row on the container", () => {
    const graph = project(POD);
    const mounts = graph.edges.filter((edge): edge is MountEdge => edge.type === 'mount');
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
      ['mount:web:2', 'volume:missing', 'container:web', '/nowhere', false, null],
    ]);
    const web = nodeById(graph, 'container:web') as ContainerNode;
    const pod = nodeById(graph, 'pod')!;
    const ends = mounts.map((edge) => edge.data!.route.points.at(-1)!);
    for (const end of ends) expect(end.x).toBe(pod.position.x + web.position.x + web.width!);
    // One row per mount, top to bottom in mount order.
    expect(ends[0]!.y).toBeLessThan(ends[1]!.y);
    expect(ends[1]!.y).toBeLessThan(ends[2]!.y);
    expect(web.data.card.mounts.map((mount) => mount.volumeType)).toEqual(['emptyDir', 'secret', 'missing']);
  });

  it('puts a name mounted without a volume on the shelf as an error to fix', () => {
    const missing = nodeById(project(POD), 'volume:missing') as VolumeNode;
    expect(missing.data).toMatchObject({ source: 'missing', group: 'missing' });
    expect(missing.ariaLabel).toBe('Volume missing, not defined');
    expect(missing.deletable).toBe(false);
  });

  it("draws a StatefulSet's claim templates on the shelf, one claim per replica, with their mounts", () => {
    const statefulSet = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db' },
      spec: {
        serviceName: 'db',
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: {
            containers: [makeContainer('postgres', { volumeMounts: [{ name: 'data', mountPath: '/var/lib/pg' }] })],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
          },
        ],
      },
    };
    const graph = project(statefulSet);
    const claim = nodeById(graph, 'claim:data') as VolumeNode;
    expect(claim.data).toMatchObject({ source: 'claimTemplate', group: 'storage', detail: '10Gi · RWO' });
    expect(claim.ariaLabel).toBe('Claim template data, one claim per replica');
    expect(graph.edges.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(['claim:data -> container:postgres']);
  });

  it('draws containers that share a name as separate nodes with ids of their own', () => {
    const pod = makePod({ containers: [makeContainer('web'), makeContainer('web'), makeContainer('')] });
    const containers = project(pod).nodes.filter((node): node is ContainerNode => node.type === 'container');
    expect(containers.map((node) => [node.id, node.data.occurrence, node.ariaLabel])).toEqual([
      ['container:web', 1, 'Container web'],
      ['container#2:web', 2, 'Container web, number 2 of that name'],
      ['container:', 1, 'Container '],
    ]);
    expect(containers[2]!.data.card.name).toBe('(unnamed)');
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

  it('re-creates exactly the nodes whose value changed: every field counts, none is listed by hand', () => {
    const projector = createGraphProjector();
    const before = project(POD, {}, projector);
    // A field no node shows directly (env) still changes the container node's data.
    const next = updateContainer(POD, 'web', (container) => ({ ...container, env: [{ name: 'MODE', value: 'x' }] }));
    const after = project(next, {}, projector);
    expect(nodeById(after, 'container:web')).not.toBe(nodeById(before, 'container:web'));
    expect((nodeById(after, 'container:web') as ContainerNode).data.container.env).toEqual([
      { name: 'MODE', value: 'x' },
    ]);
    for (const id of ['pod', 'lane:init', 'container:migrate', 'container:seed', 'volume:cache', 'ref:Secret:tls'])
      expect(nodeById(after, id), id).toBe(nodeById(before, id));
    expect(after.edges.find((edge) => edge.id === 'mount:web:0')).toBe(
      before.edges.find((edge) => edge.id === 'mount:web:0'),
    );
    // An equal document parsed again (no shared structure) keeps every object.
    const reparsed = project(structuredClone(next), {}, projector);
    expect(reparsed.nodes).toBe(after.nodes);
    expect(reparsed.edges).toBe(after.edges);
    // An image typed into keeps every edge, so React Flow keeps the same list of them.
    const retagged = project(
      updateContainer(next, 'web', (container) => ({ ...container, image: 'web:2' })),
      {},
      projector,
    );
    expect(retagged.nodes).not.toBe(after.nodes);
    expect(retagged.edges).toBe(after.edges);
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
