import { listContainerSlots, type ContainerSlot } from '../model/containers';
import {
  containerEntityId,
  mountEntityId,
  POD_ENTITY_ID,
  referenceEntityId,
  volumeEntityId,
  type EntityId,
} from '../model/entityId';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../model/jsonValue';
import { listPodReferences } from '../model/podReferences';
import { listVolumes } from '../model/volumes';
import { podSpecOf, workloadKindOf } from '../model/workloads';
import type {
  ContainerNode,
  DesignerEdge,
  DesignerGraph,
  DesignerNode,
  LaneNode,
  MountEdge,
  PodNode,
  ReferenceEdge,
  ReferenceNode,
  VolumeNode,
} from './graphTypes';
import { referencePosition } from './referenceLayout';
import { LAYOUT, layoutPod, type LaneName } from './podLayout';
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
  /** Sizes React Flow measured, so re-created nodes keep them and are not measured again. */
  readonly measured?: Readonly<Record<EntityId, { readonly width: number; readonly height: number }>>;
  /** `Kind/name` of the objects the manifest defines, to mark references "in this file". */
  readonly definedObjects?: ReadonlySet<string>;
}

const LANE_TITLES: Record<LaneName, { title: string; hint: string }> = {
  init: { title: 'Init containers', hint: 'run one after another, to completion, before anything else' },
  sidecar: { title: 'Sidecars', hint: 'start in order before the app and keep running beside it' },
  app: { title: 'App containers', hint: 'start together and run for the life of the pod' },
};

/**
 * Returns a projector: a pure function from the document (and view state) to React Flow nodes
 * and edges that returns the *same node object* for an entity whose part of the document, position
 * and selection did not change, so React Flow re-renders only what changed.
 */
export function createGraphProjector(): (input: GraphInput) => DesignerGraph {
  const previousNodes = new Map<string, { deps: readonly unknown[]; node: DesignerNode }>();
  const previousEdges = new Map<string, { deps: readonly unknown[]; edge: DesignerEdge }>();
  const memoNode = <N extends DesignerNode>(
    id: string,
    deps: readonly unknown[],
    build: () => N,
    seen: Set<string>,
  ): N => {
    seen.add(id);
    const previous = previousNodes.get(id);
    if (previous && previous.deps.length === deps.length && previous.deps.every((dep, index) => dep === deps[index]))
      return previous.node as N;
    const node = build();
    previousNodes.set(id, { deps, node });
    return node;
  };
  const memoEdge = (
    id: string,
    deps: readonly unknown[],
    build: () => DesignerEdge,
    seen: Set<string>,
  ): DesignerEdge => {
    seen.add(id);
    const previous = previousEdges.get(id);
    if (previous && previous.deps.length === deps.length && previous.deps.every((dep, index) => dep === deps[index]))
      return previous.edge;
    const edge = build();
    previousEdges.set(id, { deps, edge });
    return edge;
  };

  return (input) => {
    const seenNodes = new Set<string>();
    const seenEdges = new Set<string>();
    const selected = new Set(input.selectedIds);
    const workload = input.workload;
    const podSpec = workload ? podSpecOf(workload) : {};
    const slots = listContainerSlots(podSpec);
    const volumes = listVolumes(podSpec);
    const layout = layoutPod(slots, volumes, (name) => input.measured?.[containerEntityId(name)]?.height);
    const nodes: DesignerNode[] = [];
    const edges: DesignerEdge[] = [];

    const placed = (id: EntityId, automatic: XY): XY => input.positions[id] ?? automatic;
    // The pod grows to hold nodes the user moved beyond the automatic layout.
    let podWidth = layout.pod.width;
    let podHeight = layout.pod.height;
    for (const slot of slots) {
      const at = placed(containerEntityId(slot.name), layout.containers.get(slot.name)!);
      podWidth = Math.max(podWidth, at.x + LAYOUT.containerWidth + LAYOUT.podPadding);
      podHeight = Math.max(
        podHeight,
        at.y +
          Math.max(LAYOUT.containerHeight, input.measured?.[containerEntityId(slot.name)]?.height ?? 0) +
          LAYOUT.podPadding,
      );
    }
    for (const volume of volumes) {
      const at = placed(volumeEntityId(volume.name), layout.volumes.get(volume.name)!);
      podWidth = Math.max(podWidth, at.x + LAYOUT.volumeWidth + LAYOUT.podPadding);
      podHeight = Math.max(podHeight, at.y + LAYOUT.volumeHeight + LAYOUT.podPadding);
    }

    const name = field(field(workload, 'metadata'), 'name');
    const kind = workload ? (workloadKindOf(workload)?.kind ?? 'Pod') : 'Pod';
    const summary = workload ? workloadSummary(workload) : null;
    const podPosition = input.positions[POD_ENTITY_ID] ?? { x: 0, y: 0 };
    nodes.push(
      memoNode<PodNode>(
        POD_ENTITY_ID,
        [
          name,
          kind,
          summary,
          input.stale,
          podWidth,
          podHeight,
          selected.has(POD_ENTITY_ID),
          podPosition.x,
          podPosition.y,
          slots.length === 0,
          volumes.length === 0,
        ],
        () => ({
          id: POD_ENTITY_ID,
          type: 'pod',
          position: podPosition,
          data: {
            name: typeof name === 'string' && name !== '' ? name : '(unnamed)',
            workloadKind: kind,
            summary,
            stale: input.stale,
            empty: slots.length === 0 && volumes.length === 0,
          },
          style: { width: podWidth, height: podHeight },
          width: podWidth,
          height: podHeight,
          selected: selected.has(POD_ENTITY_ID),
          dragHandle: '.pod-node__header',
          deletable: false,
          zIndex: 0,
        }),
        seenNodes,
      ),
    );

    for (const lane of ['init', 'sidecar', 'app'] as const) {
      const box = layout.lanes[lane];
      const id = `lane:${lane}`;
      nodes.push(
        memoNode<LaneNode>(
          id,
          [box.x, box.y, box.width, box.height],
          () => ({
            id,
            type: 'lane',
            parentId: POD_ENTITY_ID,
            position: { x: box.x, y: box.y },
            data: LANE_TITLES[lane],
            style: { width: box.width, height: box.height },
            width: box.width,
            height: box.height,
            draggable: false,
            selectable: false,
            focusable: false,
            deletable: false,
            zIndex: 1,
          }),
          seenNodes,
        ),
      );
    }

    const orderOf = orderInRole(slots);
    for (const slot of slots) {
      const id = containerEntityId(slot.name);
      const at = placed(id, layout.containers.get(slot.name)!);
      const order = orderOf.get(slot) ?? null;
      nodes.push(
        memoNode<ContainerNode>(
          id,
          [slot.container, slot.role, order, at.x, at.y, selected.has(id), input.measured?.[id]],
          () => ({
            id,
            type: 'container',
            ...(input.measured?.[id] ? { measured: input.measured[id] } : {}),
            parentId: POD_ENTITY_ID,
            position: at,
            data: { entityId: id, name: slot.name, role: slot.role, order, container: slot.container },
            selected: selected.has(id),
            extent: 'parent',
            zIndex: 2,
            ariaLabel: `${roleLabel(slot.role)} ${slot.name}`,
          }),
          seenNodes,
        ),
      );
      const mounts = field(slot.container, 'volumeMounts');
      if (!isJsonArray(mounts)) continue;
      mounts.forEach((mount, mountIndex) => {
        if (!isJsonObject(mount)) return;
        const volumeName = field(mount, 'name');
        if (typeof volumeName !== 'string' || !volumes.some((volume) => volume.name === volumeName)) return;
        const edgeId = mountEntityId(slot.name, mountIndex);
        edges.push(
          memoEdge(
            edgeId,
            [mount, slot.name, selected.has(edgeId)],
            (): MountEdge => {
              const mountPath = field(mount, 'mountPath');
              const subPath = field(mount, 'subPath');
              return {
                id: edgeId,
                type: 'mount',
                source: volumeEntityId(volumeName),
                target: id,
                selected: selected.has(edgeId),
                data: {
                  containerName: slot.name,
                  mountIndex,
                  mountPath: typeof mountPath === 'string' ? mountPath : '',
                  readOnly: field(mount, 'readOnly') === true,
                  subPath: typeof subPath === 'string' ? subPath : null,
                },
                zIndex: 3,
                ariaLabel: `${volumeName} mounted in ${slot.name} at ${typeof mountPath === 'string' ? mountPath : '?'}`,
              };
            },
            seenEdges,
          ),
        );
      });
    }

    for (const volume of volumes) {
      const id = volumeEntityId(volume.name);
      const at = placed(id, layout.volumes.get(volume.name)!);
      nodes.push(
        memoNode<VolumeNode>(
          id,
          [volume.volume, at.x, at.y, selected.has(id), input.measured?.[id]],
          () => ({
            id,
            type: 'volume',
            ...(input.measured?.[id] ? { measured: input.measured[id] } : {}),
            parentId: POD_ENTITY_ID,
            position: at,
            data: { entityId: id, name: volume.name, volume: volume.volume },
            selected: selected.has(id),
            extent: 'parent',
            zIndex: 2,
            ariaLabel: `Volume ${volume.name}`,
          }),
          seenNodes,
        ),
      );
    }

    const references = workload ? listPodReferences(podSpec) : [];
    const entityExists = new Set<EntityId>([
      POD_ENTITY_ID,
      ...slots.map((slot) => containerEntityId(slot.name)),
      ...volumes.map((volume) => volumeEntityId(volume.name)),
    ]);
    references.forEach((reference, index) => {
      const id = referenceEntityId(reference.kind, reference.name);
      const at = input.positions[id] ?? referencePosition(index, podPosition, podWidth);
      const inThisFile = input.definedObjects?.has(`${reference.kind}/${reference.name}`) ?? false;
      nodes.push(
        memoNode<ReferenceNode>(
          id,
          [reference.kind, reference.name, inThisFile, at.x, at.y, selected.has(id), input.measured?.[id]],
          () => ({
            id,
            type: 'reference',
            ...(input.measured?.[id] ? { measured: input.measured[id] } : {}),
            position: { x: at.x, y: at.y },
            data: { entityId: id, kind: reference.kind, name: reference.name, inThisFile },
            selected: selected.has(id),
            deletable: false,
            zIndex: 2,
            ariaLabel: `${reference.kind} ${reference.name}, ${inThisFile ? 'in this file' : 'external'}`,
          }),
          seenNodes,
        ),
      );
      for (const user of reference.users) {
        if (!entityExists.has(user)) continue;
        const edgeId = `uses:${id}->${user}`;
        edges.push(
          memoEdge(
            edgeId,
            [user, reference.kind],
            (): ReferenceEdge => ({
              id: edgeId,
              type: 'reference',
              source: id,
              target: user,
              targetHandle: 'refs',
              data: { kind: reference.kind },
              selectable: false,
              deletable: false,
              focusable: false,
              zIndex: 1,
            }),
            seenEdges,
          ),
        );
      }
    });

    for (const id of previousNodes.keys()) if (!seenNodes.has(id)) previousNodes.delete(id);
    for (const id of previousEdges.keys()) if (!seenEdges.has(id)) previousEdges.delete(id);
    return { nodes, edges };
  };
}

function orderInRole(slots: readonly ContainerSlot[]): Map<ContainerSlot, number> {
  const orders = new Map<ContainerSlot, number>();
  let initOrder = 0;
  for (const slot of slots) {
    if (slot.listKey === 'initContainers') orders.set(slot, ++initOrder);
  }
  return orders;
}

export function roleLabel(role: ContainerSlot['role']): string {
  return role === 'app' ? 'Container' : role === 'init' ? 'Init container' : 'Sidecar';
}
