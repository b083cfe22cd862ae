import type { ContainerSlot } from '../model/containers';

interface XY {
  readonly x: number;
  readonly y: number;
}

/**
 * The run position (index in `initContainers`, as `moveInitContainer` expects it) for an init
 * container or sidecar dropped at `dropped` (its top-left, relative to the pod): the cell of its
 * lane's grid nearest to the drop point is where it runs among its lane. `cells` are the top-left
 * corners of the lane's cells in run order; null for containers that are not reordered this way.
 * @example initContainerDropIndex(slots, 'c', { x: 0, y: 0 }, cells) // 0: dropped on the first cell, runs first
 */
export function initContainerDropIndex(
  slots: readonly ContainerSlot[],
  dragged: ContainerSlot,
  dropped: XY,
  cells: readonly XY[],
): number | null {
  if (dragged.listKey !== 'initContainers' || cells.length === 0) return null;
  const others = slots.filter(
    (slot) => slot.listKey === 'initContainers' && slot.role === dragged.role && slot !== dragged,
  );
  if (others.length === 0) return dragged.index;
  const distance = (cell: XY) => Math.hypot(cell.x - dropped.x, cell.y - dropped.y);
  const nearest = cells.reduce((best, cell, index) => (distance(cell) < distance(cells[best]!) ? index : best), 0);
  // Indexes in the list without the dragged container (where moveInitContainer inserts).
  const withoutDragged = (slot: ContainerSlot) => (slot.index > dragged.index ? slot.index - 1 : slot.index);
  const before = others[nearest];
  return before ? withoutDragged(before) : withoutDragged(others[others.length - 1]!) + 1;
}
