import type { ContainerSlot } from '../model/containers';
import { containerEntityId, type EntityId, laneNodeId } from '../model/entityId';
import type { DesignerNode, LaneNode } from './graphTypes';
import { initContainerDropIndex } from './initContainerDropIndex';

export interface LaneReorder {
  readonly name: string;
  readonly toIndex: number;
}

/**
 * Splits the nodes whose drag ended into init containers and sidecars, which a drag reorders in
 * their lane (to the cell nearest to the drop), and everything else, which keeps the position it
 * was dropped at.
 */
export function splitLaneDrops(
  dropped: Readonly<Record<EntityId, { x: number; y: number }>>,
  slots: readonly ContainerSlot[],
  nodes: readonly DesignerNode[],
): { reorders: LaneReorder[]; moves: Record<EntityId, { x: number; y: number }> } {
  const reorders: LaneReorder[] = [];
  const moves: Record<EntityId, { x: number; y: number }> = {};
  for (const [id, position] of Object.entries(dropped)) {
    const slot = slots.find((candidate) => containerEntityId(candidate.name, candidate.occurrence) === id);
    const lane = slot
      ? nodes.find((node): node is LaneNode => node.type === 'lane' && node.id === laneNodeId(slot.role))
      : undefined;
    const toIndex = slot && lane ? initContainerDropIndex(slots, slot, position, lane.data.cells) : null;
    if (slot && toIndex !== null && slot.occurrence === 1) reorders.push({ name: slot.name, toIndex });
    else moves[id] = position;
  }
  return { reorders, moves };
}
