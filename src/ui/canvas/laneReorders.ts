import type { DesignerNode } from '../../graph/graphTypes';
import { initContainerDropIndex } from '../../graph/initContainerDropIndex';
import { LAYOUT } from '../../graph/podLayout';
import type { ContainerSlot } from '../../model/containers';
import { parseEntityId, type EntityId } from '../../model/entityId';

export interface LaneReorder {
  readonly name: string;
  readonly toIndex: number;
}

/**
 * Splits the nodes whose drag ended into init containers and sidecars, which a drag reorders in
 * their lane, and everything else, which keeps the position it was dropped at.
 */
export function splitLaneDrops(
  dropped: Readonly<Record<EntityId, { x: number; y: number }>>,
  slots: readonly ContainerSlot[],
  nodes: readonly DesignerNode[],
): { reorders: LaneReorder[]; moves: Record<EntityId, { x: number; y: number }> } {
  const reorders: LaneReorder[] = [];
  const moves: Record<EntityId, { x: number; y: number }> = {};
  const nodeY = (name: string) => nodes.find((node) => node.id === `container:${name}`)?.position.y ?? 0;
  for (const [id, position] of Object.entries(dropped)) {
    const entity = parseEntityId(id);
    const toIndex =
      entity?.type === 'container'
        ? initContainerDropIndex(slots, entity.name, position.y, nodeY, LAYOUT.containerHeight)
        : null;
    if (entity?.type === 'container' && toIndex !== null) reorders.push({ name: entity.name, toIndex });
    else moves[id] = position;
  }
  return { reorders, moves };
}
