import { type ContainerSlot, listContainerSlots } from '../model/containers';
import {
  containerEntityId,
  type EntityId,
  laneNodeId,
  mountEntityId,
  POD_ENTITY_ID,
  referenceEdgeId,
  referenceEntityId,
  SHELF_NODE_ID,
} from '../model/entityId';
import { field, type JsonObject } from '../model/jsonValue';
import { listPodReferences } from '../model/podReferences';
import { podSpecOf, workloadKindOf } from '../model/workloads';
import { CANVAS_METRICS, type Density, densityFor } from './canvasMetrics';
import { type ContainerCard, containerCard, containerHeight, mountRowCenter, roleLabel } from './containerCard';
import { mountEdgeRoute, type ReferenceTarget, referenceEdgeRoute, type RoutingSpace } from './edgeRoutes';
import type {
  ContainerNode,
  DesignerEdge,
  DesignerGraph,
  DesignerNode,
  LaneNode,
  MountEdge,
  MountEdgeData,
  PodNode,
  ReferenceEdge,
  ReferenceEdgeData,
  ReferenceNode,
  ShelfNode,
  VolumeNode,
} from './graphTypes';
import { LAYOUT_PANE, type PaneSize } from './fitZoom';
import { type Box, LANE_ORDER, type LaneName, layoutPod, type PodLayout } from './podLayout';
import { createCallCache, createIdentityCache, sameItems } from './sameValue';
import { mountTargetsOf, shelfItems, volumeHeight, volumeLabel } from './shelfItems';
import { workloadSummary } from './workloadSummary';

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface GraphInput {
  /** The designed workload object (Pod, Deployment ...), or null when the file has none. */
  readonly workload: JsonObject | null;
  /** The text does not parse: the graph shows the last good design, marked stale. */
  readonly stale: boolean;
  /** Positions the user set, relative to the pod box, by entity id. */
  readonly positions: Readonly<Record<EntityId, XY>>;
  readonly selectedIds: readonly EntityId[];
  /** `Kind/name` of the objects the manifest defines, to mark references "in this file". */
  readonly definedObjects?: ReadonlySet<string>;
  /** The lane a palette item being dragged would land in: it opens as a drop target. */
  readonly openLane?: LaneName | null;
  /** The shape of the canvas the layout fills (graph/fitZoom's `layoutPaneFor`). */
  readonly pane?: PaneSize;
}

const LANE_TITLES: Record<LaneName, { title: string; hint: string }> = {
  init: { title: 'Init containers', hint: 'run one after another, to completion, before anything else' },
  sidecar: { title: 'Sidecars', hint: 'start in order before the app and keep running beside it' },
  app: { title: 'App containers', hint: 'start together and run for the life of the pod' },
};

/** A container of the pod with everything its node and its edges need. */
interface PlacedContainer {
  readonly slot: ContainerSlot;
  readonly id: EntityId;
  readonly order: number | null;
  readonly card: ContainerCard;
  readonly height: number;
}

/**
 * Returns a projector: a pure function from the document (and view state) to React Flow nodes
 * and edges. It returns the *same object* for a node or edge that is the same value as in the
 * previous call (compared field by field, data included), so React Flow re-renders only what
 * changed; nothing is listed by hand, so no field can go stale.
 */
export function createGraphProjector(): (input: GraphInput) => DesignerGraph {
  const nodeCache = createIdentityCache<DesignerNode>();
  const edgeCache = createIdentityCache<DesignerEdge>();
  const calls = createCallCache();
  const values = createIdentityCache<unknown>();
  let previous: DesignerGraph = { nodes: [], edges: [] };

  return (input) => {
    const selected = new Set(input.selectedIds);
    const workload = input.workload;
    const podSpec = workload ? podSpecOf(workload) : {};
    const slots = listContainerSlots(podSpec);
    const density = densityFor(slots.length);
    const metrics = CANVAS_METRICS[density];
    const shelf = shelfItems(workload, podSpec, slots, density);
    const mountTargets = mountTargetsOf(shelf);
    const volumeTypes = values.keep(
      'volumeTypes',
      Object.fromEntries([...mountTargets].map(([name, item]) => [name, item.data.type])),
    );

    const orders = runOrders(slots);
    const containers: PlacedContainer[] = slots.map((slot) => {
      const card = calls.call(
        `card:${slot.listKey}:${slot.index}`,
        containerCard,
        slot,
        orders.get(slot) ?? null,
        volumeTypes,
        density,
      );
      return {
        slot,
        id: containerEntityId(slot.name, slot.occurrence),
        order: orders.get(slot) ?? null,
        card,
        height: containerHeight(card, density),
      };
    });
    const references = workload ? listPodReferences(podSpec) : [];
    const layout = calls.call('layout', layoutPod, {
      density,
      lanes: {
        init: containers.filter(({ slot }) => slot.role === 'init').map((container) => container.height),
        sidecar: containers.filter(({ slot }) => slot.role === 'sidecar').map((container) => container.height),
        app: containers.filter(({ slot }) => slot.role === 'app').map((container) => container.height),
      },
      volumes: shelf.map((item) => ({ group: item.data.group, height: volumeHeight(item.data) })),
      references: references.length,
      openLane: input.openLane ?? null,
      pane: input.pane ?? LAYOUT_PANE,
    });

    // Boxes relative to the pod, where the user put them or where the layout does.
    const automatic = new Map<EntityId, Box>();
    for (const lane of LANE_ORDER) {
      const inLane = containers.filter(({ slot }) => slot.role === lane);
      for (const [index, container] of inLane.entries()) automatic.set(container.id, layout.lanes[lane].cells[index]!);
    }
    for (const [index, item] of shelf.entries()) automatic.set(item.id, layout.volumes[index]!);
    const boxOf = (id: EntityId): Box => {
      const box = automatic.get(id)!;
      const moved = input.positions[id];
      return moved ? { ...box, x: moved.x, y: moved.y } : box;
    };

    // The pod grows to hold nodes the user moved beyond the automatic layout.
    let podWidth = layout.pod.width;
    let podHeight = layout.pod.height;
    for (const id of automatic.keys()) {
      const box = boxOf(id);
      podWidth = Math.max(podWidth, box.x + box.width + metrics.pod.padding);
      podHeight = Math.max(podHeight, box.y + box.height + metrics.pod.padding);
    }
    const podPosition = input.positions[POD_ENTITY_ID] ?? { x: 0, y: 0 };
    // Where each node is on the canvas: the same object while it stays, so routes are not redone.
    const absolute = (id: EntityId): Box => {
      const box = boxOf(id);
      return values.keep(`box:${id}`, { ...box, x: box.x + podPosition.x, y: box.y + podPosition.y });
    };
    const space: RoutingSpace = values.keep('space', {
      density,
      pod: { x: podPosition.x, y: podPosition.y, width: podWidth, height: podHeight },
      channelTop: podPosition.y + layout.channelTop,
    });

    const nodes: DesignerNode[] = [];
    const edges: DesignerEdge[] = [];
    const node = <N extends DesignerNode>(built: N): void => void nodes.push(nodeCache.keep(built.id, built) as N);
    const edge = (built: DesignerEdge): void => void edges.push(edgeCache.keep(built.id, built));

    node(
      podNode(workload, input, slots.length + shelf.length === 0, density, podPosition, podWidth, podHeight, selected),
    );
    for (const lane of LANE_ORDER) node(laneNode(lane, layout));
    if (layout.shelf) node(shelfNode(layout));

    for (const container of containers) {
      const { slot, id, card, order } = container;
      // Built again only when one of its inputs changed (a cheap comparison of a few values
      // instead of the whole node's): typing in one container leaves the others' nodes as they were.
      node(calls.call(`node:${id}`, containerNode, slot, id, boxOf(id), order, card, density, selected.has(id)));
    }
    shelf.forEach((item) => {
      const box = boxOf(item.id);
      node({
        id: item.id,
        type: 'volume',
        parentId: POD_ENTITY_ID,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: item.data,
        selected: selected.has(item.id),
        extent: 'parent',
        zIndex: 2,
        deletable: item.data.source === 'volume',
        ariaLabel: volumeLabel(item.data),
      } satisfies VolumeNode);
    });

    // Mount edges: one per mount of a name the shelf holds; lines of one volume share a track.
    const tracks = new Map(shelf.map((item, index) => [item.id, index]));
    for (const container of containers) {
      const { slot, id, card } = container;
      for (const mount of card.mounts) {
        const volumeId = mountTargets.get(mount.volume)?.id;
        if (!volumeId) continue;
        const containerBox = absolute(id);
        const edgeId = mountEntityId(slot.name, mount.index, slot.occurrence);
        const route = calls.call(
          edgeId,
          mountEdgeRoute,
          absolute(volumeId),
          containerBox,
          containerBox.y + mountRowCenter(card, density, mount.index),
          space,
          tracks.get(volumeId) ?? 0,
          !input.positions[id] && !input.positions[volumeId],
        );
        edge(
          calls.call(`edge:${edgeId}`, mountEdge, edgeId, volumeId, id, slot.name, mount, route, selected.has(edgeId)),
        );
      }
    }

    // Outside objects, right of the pod (further right when the pod grew).
    const shift = podWidth - layout.pod.width;
    const targets = new Map<EntityId, ReferenceTarget>([[POD_ENTITY_ID, { kind: 'pod' }]]);
    for (const container of containers) targets.set(container.id, { kind: 'container', box: absolute(container.id) });
    for (const item of shelf) targets.set(item.id, { kind: 'volume', box: absolute(item.id) });
    references.forEach((reference, index) => {
      const id = referenceEntityId(reference.kind, reference.name);
      const automaticBox = layout.references[index]!;
      const moved = input.positions[id];
      const box: Box = moved
        ? { ...automaticBox, x: moved.x, y: moved.y }
        : { ...automaticBox, x: podPosition.x + automaticBox.x + shift, y: podPosition.y + automaticBox.y };
      const inThisFile = input.definedObjects?.has(`${reference.kind}/${reference.name}`) ?? false;
      node({
        id,
        type: 'reference',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: { entityId: id, kind: reference.kind, name: reference.name, inThisFile, density },
        selected: selected.has(id),
        deletable: false,
        zIndex: 2,
        ariaLabel: `${reference.kind} ${reference.name}, ${inThisFile ? 'in this file' : 'external'}`,
      } satisfies ReferenceNode);
      for (const user of reference.users) {
        const target = targets.get(user);
        if (!target) continue;
        const edgeId = referenceEdgeId(id, user);
        const route = calls.call(edgeId, referenceEdgeRoute, box, target, space, !moved && !input.positions[user]);
        edge(calls.call(`edge:${edgeId}`, referenceEdge, edgeId, id, user, reference.kind, route));
      }
    });

    nodeCache.sweep();
    edgeCache.sweep();
    calls.sweep();
    values.sweep();
    // The same lists while nothing in them changed: React Flow then skips its pass over every
    // node (setNodes) and edge (setEdges, which rebuilds its connection lookup).
    previous = {
      nodes: sameItems(previous.nodes, nodes) ? previous.nodes : nodes,
      edges: sameItems(previous.edges, edges) ? previous.edges : edges,
    };
    return previous;
  };
}

function containerNode(
  slot: ContainerSlot,
  id: EntityId,
  box: Box,
  order: number | null,
  card: ContainerCard,
  density: Density,
  selected: boolean,
): ContainerNode {
  return {
    id,
    type: 'container',
    parentId: POD_ENTITY_ID,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    data: {
      entityId: id,
      name: slot.name,
      role: slot.role,
      order,
      occurrence: slot.occurrence,
      container: slot.container,
      card,
      density,
    },
    selected,
    extent: 'parent',
    zIndex: 2,
    ariaLabel: `${roleLabel(slot.role)} ${slot.name}${slot.occurrence > 1 ? `, number ${slot.occurrence} of that name` : ''}`,
  };
}

function mountEdge(
  id: EntityId,
  volumeId: EntityId,
  containerId: EntityId,
  containerName: string,
  mount: ContainerCard['mounts'][number],
  route: MountEdgeData['route'],
  selected: boolean,
): MountEdge {
  return {
    id,
    type: 'mount',
    source: volumeId,
    target: containerId,
    selected,
    data: {
      containerName,
      mountIndex: mount.index,
      mountPath: mount.path,
      readOnly: mount.readOnly,
      subPath: mount.subPath,
      route,
    },
    zIndex: 3,
    ariaLabel: `${mount.volume} mounted in ${containerName} at ${mount.path || '?'}`,
  };
}

function referenceEdge(
  id: EntityId,
  referenceId: EntityId,
  user: EntityId,
  kind: string,
  route: ReferenceEdgeData['route'],
): ReferenceEdge {
  return {
    id,
    type: 'reference',
    source: referenceId,
    target: user,
    targetHandle: 'refs',
    data: { kind, route },
    selectable: false,
    deletable: false,
    focusable: false,
    zIndex: 1,
  };
}

function podNode(
  workload: JsonObject | null,
  input: GraphInput,
  empty: boolean,
  density: Density,
  position: XY,
  width: number,
  height: number,
  selected: ReadonlySet<EntityId>,
): PodNode {
  const name = field(field(workload, 'metadata'), 'name');
  return {
    id: POD_ENTITY_ID,
    type: 'pod',
    position,
    data: {
      name: typeof name === 'string' && name !== '' ? name : '(unnamed)',
      workloadKind: workload ? (workloadKindOf(workload)?.kind ?? 'Pod') : 'Pod',
      summary: workload ? workloadSummary(workload) : null,
      stale: input.stale,
      empty,
      density,
    },
    style: { width, height },
    width,
    height,
    selected: selected.has(POD_ENTITY_ID),
    dragHandle: '.pod-node__header',
    deletable: false,
    zIndex: 0,
  };
}

function laneNode(lane: LaneName, layout: PodLayout): LaneNode {
  const box = layout.lanes[lane];
  return {
    id: laneNodeId(lane),
    type: 'lane',
    parentId: POD_ENTITY_ID,
    position: { x: box.x, y: box.y },
    data: {
      lane,
      ...LANE_TITLES[lane],
      empty: box.empty,
      open: box.open,
      cells: box.cells.map((cell) => ({ x: cell.x, y: cell.y })),
    },
    style: { width: box.width, height: box.height },
    width: box.width,
    height: box.height,
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: 1,
  };
}

function shelfNode(layout: PodLayout): ShelfNode {
  const box = layout.shelf!;
  return {
    id: SHELF_NODE_ID,
    type: 'shelf',
    parentId: POD_ENTITY_ID,
    position: { x: box.x, y: box.y },
    data: { groups: layout.groups.map((group) => ({ ...group, x: group.x - box.x, y: group.y - box.y })) },
    style: { width: box.width, height: box.height },
    width: box.width,
    height: box.height,
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    zIndex: 1,
  };
}

/** 1-based run order of init containers and sidecars (they share the initContainers list). */
function runOrders(slots: readonly ContainerSlot[]): Map<ContainerSlot, number> {
  const orders = new Map<ContainerSlot, number>();
  let order = 0;
  for (const slot of slots) if (slot.listKey === 'initContainers') orders.set(slot, ++order);
  return orders;
}
