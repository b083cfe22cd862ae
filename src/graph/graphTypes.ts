import type { Edge, Node } from '@xyflow/react';
import type { ContainerRole } from '../model/containers';
import type { EntityId } from '../model/entityId';
import type { JsonObject } from '../model/jsonValue';
import type { Density } from './canvasMetrics';
import type { ContainerCard } from './containerCard';
import type { Point } from './edgeRoutes';
import type { LaneName, ShelfGroupLayout } from './podLayout';
import type { VolumeGroup } from './volumeGroups';

/** The pod box: title and workload summary. */
export interface PodNodeData extends Record<string, unknown> {
  readonly name: string;
  readonly workloadKind: string;
  /** "3 replicas", "every hour (0 * * * *)" ... */
  readonly summary: string | null;
  /** The text no longer parses: this is the last good design. */
  readonly stale: boolean;
  readonly empty: boolean;
  readonly density: Density;
}

export interface ContainerNodeData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly name: string;
  readonly role: ContainerRole;
  /** 1-based run order for init containers and sidecars (they start one after another). */
  readonly order: number | null;
  /** 2 and up when an earlier container has the same name (an error the node's badge reports). */
  readonly occurrence: number;
  readonly container: JsonObject;
  readonly card: ContainerCard;
  readonly density: Density;
}

/** What a shelf item stands for: a volume, a StatefulSet's claim template, or a mounted name with no volume. */
export type VolumeSource = 'volume' | 'claimTemplate' | 'missing';

export interface VolumeNodeData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly name: string;
  readonly source: VolumeSource;
  /** The source type for its icon and words: `emptyDir`, `configMap` … `claimTemplate`, `missing`. */
  readonly type: string;
  /** The type in words: `configMap`, `claim template` … */
  readonly typeLabel: string;
  /** What it points at or holds: `settings`, `1Gi · ReadWriteOnce` … */
  readonly detail: string | null;
  readonly group: VolumeGroup;
  /** 2 when the name wraps (it is never cut in the regular density). */
  readonly nameLines: number;
  readonly density: Density;
}

export interface LaneNodeData extends Record<string, unknown> {
  readonly lane: LaneName;
  readonly title: string;
  readonly hint: string;
  /** No container yet: a slim drop target (`open` while a matching palette item is dragged). */
  readonly empty: boolean;
  readonly open: boolean;
  /** Top-left corners of the lane's cells in run order (relative to the pod), where a dragged container snaps. */
  readonly cells: readonly { readonly x: number; readonly y: number }[];
}

/** The headings of the volume shelf and of its groups (positions relative to the shelf node). */
export interface ShelfNodeData extends Record<string, unknown> {
  readonly groups: readonly ShelfGroupLayout[];
}

export type PodNode = Node<PodNodeData, 'pod'>;
export type ContainerNode = Node<ContainerNodeData, 'container'>;
export type VolumeNode = Node<VolumeNodeData, 'volume'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type ShelfNode = Node<ShelfNodeData, 'shelf'>;
export type DesignerNode = PodNode | ContainerNode | VolumeNode | LaneNode | ShelfNode | ReferenceNode;

/** The line an edge is drawn along (canvas coordinates), computed with the layout. */
export interface EdgeRoute {
  /** SVG path data with rounded corners. */
  readonly path: string;
  readonly points: readonly Point[];
}

export interface MountEdgeData extends Record<string, unknown> {
  readonly containerName: string;
  readonly mountIndex: number;
  readonly mountPath: string;
  readonly readOnly: boolean;
  readonly subPath: string | null;
  readonly route: EdgeRoute;
}

export type MountEdge = Edge<MountEdgeData, 'mount'>;
export type DesignerEdge = MountEdge | ReferenceEdge;

export interface DesignerGraph {
  readonly nodes: readonly DesignerNode[];
  readonly edges: readonly DesignerEdge[];
}

/** An object outside the pod that the pod names (ConfigMap, Secret, claim, ServiceAccount). */
export interface ReferenceNodeData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly kind: string;
  readonly name: string;
  /** The manifest defines the object (any document); otherwise it must exist in the cluster. */
  readonly inThisFile: boolean;
  readonly density: Density;
}

export type ReferenceNode = Node<ReferenceNodeData, 'reference'>;

/** From an outside object to the container, volume or pod that uses it. */
export interface ReferenceEdgeData extends Record<string, unknown> {
  readonly kind: string;
  readonly route: EdgeRoute;
}

export type ReferenceEdge = Edge<ReferenceEdgeData, 'reference'>;
