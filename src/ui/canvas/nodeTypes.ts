import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { MountEdge } from './edges/MountEdge';
import { ReferenceEdge } from './edges/ReferenceEdge';
import { ContainerNode } from './nodes/ContainerNode';
import { LaneNode } from './nodes/LaneNode';
import { PodNode } from './nodes/PodNode';
import { ReferenceNode } from './nodes/ReferenceNode';
import { ShelfNode } from './nodes/ShelfNode';
import { VolumeNode } from './nodes/VolumeNode';

/** One component per node kind, created once at module level (React Flow compares by identity). */
export const NODE_TYPES: NodeTypes = {
  pod: PodNode,
  lane: LaneNode,
  container: ContainerNode,
  volume: VolumeNode,
  reference: ReferenceNode,
  shelf: ShelfNode,
};
export const EDGE_TYPES: EdgeTypes = { mount: MountEdge, reference: ReferenceEdge };
