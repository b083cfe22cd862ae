import type { Edge, Node } from '@xyflow/react';
import type { ContainerRole } from '../model/containers';
import type { EntityId } from '../model/entityId';
import type { JsonObject } from '../model/jsonValue';

/** The pod box: title and workload summary. */
export interface PodNodeData extends Record<string, unknown> {
  readonly name: string;
  readonly workloadKind: string;
  /** "3 replicas", "every hour (0 * * * *)" ... */
  readonly summary: string | null;
  /** The text no longer parses: this is the last good design. */
  readonly stale: boolean;
  readonly empty: boolean;
}

export interface ContainerNodeData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly name: string;
  readonly role: ContainerRole;
  /** 1-based run order for init containers and sidecars (they start one after another). */
  readonly order: number | null;
  readonly container: JsonObject;
}

export interface VolumeNodeData extends Record<string, unknown> {
  readonly entityId: EntityId;
  readonly name: string;
  readonly volume: JsonObject;
}

export interface LaneNodeData extends Record<string, unknown> {
  readonly title: string;
  readonly hint: string;
}

export type PodNode = Node<PodNodeData, 'pod'>;
export type ContainerNode = Node<ContainerNodeData, 'container'>;
export type VolumeNode = Node<VolumeNodeData, 'volume'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type DesignerNode = PodNode | ContainerNode | VolumeNode | LaneNode | ReferenceNode;

export interface MountEdgeData extends Record<string, unknown> {
  readonly containerName: string;
  readonly mountIndex: number;
  readonly mountPath: string;
  readonly readOnly: boolean;
  readonly subPath: string | null;
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
}

export type ReferenceNode = Node<ReferenceNodeData, 'reference'>;

/** From an outside object to the container, volume or pod that uses it. */
export interface ReferenceEdgeData extends Record<string, unknown> {
  readonly kind: string;
}

export type ReferenceEdge = Edge<ReferenceEdgeData, 'reference'>;
