import type { Edge, Node } from '@xyflow/react';
import { listContainerSlots, type ContainerRole } from '../model/containers';
import type { EntityId } from '../model/entityId';
import { field, isJsonArray, type JsonObject, type JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { listPodReferences } from '../model/podReferences';
import { listServices, portsReachedBy, sameNamespace, serviceEntryOf, workloadsSelectedBy } from '../model/services';
import { listObjects, listWorkloads, podSpecOf, type ObjectRef } from '../model/workloads';
import { createIdentityCache, sameItems } from './sameValue';
import { mapEntityId } from './mapEntityId';
import { workloadSummary } from './workloadSummary';

/** What an object is for, which decides its column and colour on the map. */
export type MapCategory = 'ingress' | 'service' | 'workload' | 'config' | 'storage' | 'identity' | 'other';

/** What the validator says about one object (counted by the store, which has the findings). */
export interface MapObjectStatus {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** "Restricted", "Baseline" or "Privileged": the strictest Pod Security level the pod meets (workloads). */
  readonly podSecurity: string | null;
}

export interface MapCardData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly ref: ObjectRef;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | null;
  readonly category: MapCategory;
  /** One line about the object: "3 replicas", "ClusterIP · 80, 443", "2 keys" … */
  readonly summary: string | null;
  /** A workload's containers in run order, by role. */
  readonly containers: readonly { readonly name: string; readonly role: ContainerRole; readonly handle: string }[];
  readonly status: MapObjectStatus | null;
  /** A Service's selector as `app=web, tier=front`; null for other objects and Services without one. */
  readonly selector: string | null;
  /** A workload: it opens in the pod view. */
  readonly designable: boolean;
}

export type MapCardNode = Node<MapCardData, 'mapCard'>;

/** selects: a Service's selector matches the pods; port: a Service port reaches a container port; routes: an Ingress backend; uses: a pod names the object. */
export type MapEdgeKind = 'selects' | 'port' | 'routes' | 'uses';

export interface MapEdgeData extends Record<string, unknown> {
  readonly kind: MapEdgeKind;
}

export type MapEdge = Edge<MapEdgeData>;

export interface ApplicationMap {
  readonly nodes: readonly MapCardNode[];
  readonly edges: readonly MapEdge[];
}

export interface MapInput {
  readonly manifest: Manifest;
  /** Findings per object, by map entity id; absent before the validator answered. */
  readonly status: ReadonlyMap<EntityId, MapObjectStatus>;
  readonly positions: Readonly<Record<EntityId, { readonly x: number; readonly y: number }>>;
  readonly selectedIds: readonly EntityId[];
}

/** Card sizes and gaps of the automatic layout (the cards' CSS keeps to the width). */
export const MAP_CARD_WIDTH = 232;
const COLUMN_GAP = 112;
const BLOCK_GAP = 56;
const CARD_GAP = 20;
const CONTAINER_ROW = 20;
const CARD_BASE_HEIGHT = 64;
/** A Service card's line for its selector. */
const SELECTOR_LINE = 16;
const COLUMN_OF: Record<MapCategory, number> = {
  ingress: 0,
  service: 1,
  workload: 2,
  config: 3,
  storage: 3,
  identity: 3,
  other: 3,
};

/** The handle of a container's row on its workload card, where the Service ports that reach it end. */
const containerHandle = (listKey: string, index: number): string => `container:${listKey}:${index}`;

const CATEGORY_OF_KIND: Readonly<Record<string, MapCategory>> = {
  Service: 'service',
  Ingress: 'ingress',
  ConfigMap: 'config',
  Secret: 'config',
  PersistentVolumeClaim: 'storage',
  PersistentVolume: 'storage',
  StorageClass: 'storage',
  ServiceAccount: 'identity',
  Role: 'identity',
  RoleBinding: 'identity',
  ClusterRole: 'identity',
  ClusterRoleBinding: 'identity',
};

const text = (value: JsonValue | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** One line about an object that is not a workload. */
function objectSummary(kind: string, object: JsonObject): string | null {
  const spec = field(object, 'spec');
  switch (kind) {
    case 'Service': {
      const ports = field(spec, 'ports');
      const numbers = isJsonArray(ports)
        ? ports.map((port) => field(port, 'port')).filter((port) => port !== undefined)
        : [];
      return [text(field(spec, 'type')) ?? 'ClusterIP', numbers.join(', ')].filter(Boolean).join(' · ');
    }
    case 'ConfigMap':
    case 'Secret': {
      const keys = Object.keys({ ...(field(object, 'data') as object), ...(field(object, 'stringData') as object) });
      return `${keys.length} key${keys.length === 1 ? '' : 's'}`;
    }
    case 'PersistentVolumeClaim': {
      const storage = field(field(field(spec, 'resources'), 'requests'), 'storage');
      return typeof storage === 'string' || typeof storage === 'number' ? `${storage}` : null;
    }
    default: {
      const apiVersion = text(field(object, 'apiVersion'));
      return apiVersion;
    }
  }
}

/** `app=web, tier=front` for a Service with a selector. */
function serviceSelectorText(kind: string, object: JsonObject): string | null {
  if (kind !== 'Service') return null;
  const selector = serviceEntryOf({ documentIndex: 0, itemIndex: null }, object).selector;
  return selector
    ? Object.entries(selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')
    : null;
}

/** Every Service and port an Ingress sends traffic to. */
function ingressServiceNames(ingress: JsonObject): string[] {
  const spec = field(ingress, 'spec');
  const names = [text(field(field(field(spec, 'defaultBackend'), 'service'), 'name'))];
  const rules = field(spec, 'rules');
  if (isJsonArray(rules))
    for (const rule of rules) {
      const paths = field(field(rule, 'http'), 'paths');
      if (isJsonArray(paths))
        for (const path of paths) names.push(text(field(field(field(path, 'backend'), 'service'), 'name')));
    }
  return [...new Set(names.filter((name): name is string => name !== null))];
}

/**
 * The application map: one card per object of the file, and the edges between them (Service
 * selector to the workloads whose pod labels it matches, Service port to the container port it
 * reaches, Ingress backend to Service, a pod's references to the ConfigMaps, Secrets, claims and
 * ServiceAccount of the file). Each workload is laid out on a row with its Ingresses and Services
 * on the left and its configuration on the right; objects no workload touches come last.
 */
export function projectApplicationMap({ manifest, status, positions, selectedIds }: MapInput): ApplicationMap {
  const objects = listObjects(manifest);
  const workloads = listWorkloads(manifest);
  const services = listServices(manifest);
  const selected = new Set(selectedIds);
  const cards = new Map<EntityId, MapCardData>();
  const edges: MapEdge[] = [];
  const byName = new Map<string, EntityId[]>();

  for (const { ref, object } of objects) {
    const entityId = mapEntityId(ref);
    const kind = text(field(object, 'kind')) ?? '(no kind)';
    const metadata = field(object, 'metadata');
    const name = text(field(metadata, 'name')) ?? '';
    const namespace = text(field(metadata, 'namespace'));
    const workload = workloads.find((entry) => entry.object === object);
    cards.set(entityId, {
      entityId,
      ref,
      kind,
      name,
      namespace,
      category: workload ? 'workload' : (CATEGORY_OF_KIND[kind] ?? 'other'),
      summary: workload ? workloadSummary(object) : objectSummary(kind, object),
      containers: workload
        ? listContainerSlots(podSpecOf(object)).map((slot) => ({
            name: slot.name,
            role: slot.role,
            handle: containerHandle(slot.listKey, slot.index),
          }))
        : [],
      status: status.get(entityId) ?? null,
      selector: serviceSelectorText(kind, object),
      designable: workload !== undefined,
    });
    const key = `${kind}/${name}`;
    byName.set(key, [...(byName.get(key) ?? []), entityId]);
  }
  const find = (kind: string, name: string, namespace: string | null): EntityId | undefined =>
    byName
      .get(`${kind}/${name}`)
      ?.find((id) => sameNamespace(cards.get(id)?.namespace ?? undefined, namespace ?? undefined));

  // Groups: each workload with what sends it traffic and what it reads.
  const groupOf = new Map<EntityId, EntityId>();
  const join = (member: EntityId | undefined, workload: EntityId) => {
    if (member && !groupOf.has(member)) groupOf.set(member, workload);
  };
  for (const workload of workloads) groupOf.set(mapEntityId(workload.ref), mapEntityId(workload.ref));

  for (const service of services) {
    const serviceId = mapEntityId(service.ref);
    for (const workload of workloadsSelectedBy(service, workloads)) {
      const workloadId = mapEntityId(workload.ref);
      join(serviceId, workloadId);
      edges.push({
        id: `selects:${serviceId}->${workloadId}`,
        source: serviceId,
        target: workloadId,
        targetHandle: 'pod',
        data: { kind: 'selects' },
        className: 'map-edge map-edge--selects',
      });
      const podSpec = podSpecOf(workload.object);
      for (const port of service.ports) {
        for (const reached of portsReachedBy(port, podSpec)) {
          edges.push({
            id: `port:${serviceId}:${port.index}->${workloadId}:${reached.slot.listKey}:${reached.slot.index}:${reached.portIndex}`,
            source: serviceId,
            target: workloadId,
            targetHandle: containerHandle(reached.slot.listKey, reached.slot.index),
            label: `${port.port ?? '?'} → ${reached.name ? `${reached.name} ` : ''}${reached.containerPort}`,
            data: { kind: 'port' },
            className: 'map-edge map-edge--port',
          });
        }
      }
    }
  }

  for (const { ref, object } of objects) {
    if (field(object, 'kind') !== 'Ingress') continue;
    const ingressId = mapEntityId(ref);
    const namespace = cards.get(ingressId)?.namespace ?? null;
    for (const name of ingressServiceNames(object)) {
      const serviceId = find('Service', name, namespace);
      if (!serviceId) continue;
      const workload = groupOf.get(serviceId);
      if (workload) join(ingressId, workload);
      edges.push({
        id: `routes:${ingressId}->${serviceId}`,
        source: ingressId,
        target: serviceId,
        data: { kind: 'routes' },
        className: 'map-edge map-edge--routes',
      });
    }
  }

  for (const workload of workloads) {
    const workloadId = mapEntityId(workload.ref);
    const namespace = cards.get(workloadId)?.namespace ?? null;
    for (const reference of listPodReferences(podSpecOf(workload.object))) {
      const objectId = find(reference.kind, reference.name, namespace);
      if (!objectId) continue;
      join(objectId, workloadId);
      edges.push({
        id: `uses:${workloadId}->${objectId}`,
        source: workloadId,
        target: objectId,
        label: reference.users.some((user) => user.startsWith('volume')) ? 'volume' : undefined,
        data: { kind: 'uses' },
        className: 'map-edge map-edge--uses',
      });
    }
  }

  const nodes: MapCardNode[] = [];
  const place = (data: MapCardData, x: number, y: number) => {
    const position = positions[data.entityId] ?? { x, y };
    nodes.push({
      id: data.entityId,
      type: 'mapCard',
      position: { x: position.x, y: position.y },
      width: MAP_CARD_WIDTH,
      height: cardHeight(data),
      data,
      selected: selected.has(data.entityId),
      ariaLabel: `${data.kind} ${data.name || '(unnamed)'}`,
      deletable: false,
      ...(data.designable ? {} : { connectable: false }),
    });
  };
  const groups = new Map<EntityId, MapCardData[]>();
  const loose: MapCardData[] = [];
  for (const data of cards.values()) {
    const group = groupOf.get(data.entityId);
    if (group) groups.set(group, [...(groups.get(group) ?? []), data]);
    else loose.push(data);
  }
  // Each group is a block (its Ingresses, Services, workload and configuration side by side);
  // blocks flow in rows about as wide as a wide screen, so the map fills the canvas.
  const blocks = [...groups.values()].map(groupBlock);
  for (let index = 0; index < loose.length; index += 4) blocks.push(gridBlock(loose.slice(index, index + 4)));
  const area = blocks.reduce((sum, block) => sum + (block.width + BLOCK_GAP) * (block.height + BLOCK_GAP), 0);
  const rowWidth = Math.max(MAP_CARD_WIDTH * 4, Math.sqrt(area * 1.8));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      x = 0;
      y += rowHeight + BLOCK_GAP;
      rowHeight = 0;
    }
    for (const card of block.cards) place(card.data, x + card.x, y + card.y);
    x += block.width + BLOCK_GAP;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { nodes, edges };
}

interface Block {
  readonly width: number;
  readonly height: number;
  readonly cards: readonly { readonly data: MapCardData; readonly x: number; readonly y: number }[];
}

/** A workload's group: a column per category present (Ingresses, Services, the workload, configuration). */
function groupBlock(members: readonly MapCardData[]): Block {
  const columns = [...new Set(members.map((data) => COLUMN_OF[data.category]))].sort();
  const heights = columns.map(() => 0);
  const cards = members.map((data) => {
    const column = columns.indexOf(COLUMN_OF[data.category]);
    const y = heights[column]!;
    heights[column]! += cardHeight(data) + CARD_GAP;
    return { data, x: column * (MAP_CARD_WIDTH + COLUMN_GAP), y };
  });
  return {
    width: columns.length * (MAP_CARD_WIDTH + COLUMN_GAP) - COLUMN_GAP,
    height: Math.max(...heights) - CARD_GAP,
    cards,
  };
}

/** Objects no workload touches, side by side. */
function gridBlock(members: readonly MapCardData[]): Block {
  return {
    width: members.length * (MAP_CARD_WIDTH + CARD_GAP) - CARD_GAP,
    height: Math.max(...members.map(cardHeight)),
    cards: members.map((data, index) => ({ data, x: index * (MAP_CARD_WIDTH + CARD_GAP), y: 0 })),
  };
}

/**
 * A projector of the application map that keeps the previous node and edge objects while they are
 * the same values, and the previous lists while nothing in them changed: typing in one object
 * re-renders its card only, and typing that changes no card re-renders none.
 */
export function createMapProjector(): (input: MapInput) => ApplicationMap {
  const nodeCache = createIdentityCache<MapCardNode>();
  const edgeCache = createIdentityCache<MapEdge>();
  let previous: ApplicationMap = { nodes: [], edges: [] };
  return (input) => {
    const projected = projectApplicationMap(input);
    const nodes = projected.nodes.map((node) => nodeCache.keep(node.id, node));
    const edges = projected.edges.map((edge) => edgeCache.keep(edge.id, edge));
    nodeCache.sweep();
    edgeCache.sweep();
    previous = {
      nodes: sameItems(previous.nodes, nodes) ? previous.nodes : nodes,
      edges: sameItems(previous.edges, edges) ? previous.edges : edges,
    };
    return previous;
  };
}

/** The height the card component draws (a row per container). */
export function cardHeight(data: Pick<MapCardData, 'containers' | 'designable' | 'selector'>): number {
  return (
    CARD_BASE_HEIGHT +
    (data.designable ? 28 + data.containers.length * CONTAINER_ROW : 0) +
    (data.selector !== null ? SELECTOR_LINE : 0)
  );
}
