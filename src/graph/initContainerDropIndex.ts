import type { ContainerSlot } from '../model/containers';

/**
 * The run position (index in `initContainers`, as `moveInitContainer` expects it) for an init
 * container or sidecar dropped at `droppedY` in its lane: it goes before the first other
 * container of the same lane whose middle is below the drop point, after the last one otherwise.
 * `laneY` gives the current top of each container of the lane; `height` is a container's height.
 * @example initContainerDropIndex(slots, 'c', 0, laneY, 132) // 0: dropped above everyone, runs first
 */
export function initContainerDropIndex(
  slots: readonly ContainerSlot[],
  name: string,
  droppedY: number,
  laneY: (name: string) => number,
  height: number,
): number | null {
  const dragged = slots.find((slot) => slot.name === name && slot.listKey === 'initContainers');
  if (!dragged) return null;
  const others = slots
    .filter((slot) => slot.listKey === 'initContainers' && slot.role === dragged.role && slot !== dragged)
    .sort((a, b) => laneY(a.name) - laneY(b.name));
  if (others.length === 0) return dragged.index;
  // Indexes in the list without the dragged container (where moveInitContainer inserts).
  const withoutDragged = (slot: ContainerSlot) => (slot.index > dragged.index ? slot.index - 1 : slot.index);
  const draggedMiddle = droppedY + height / 2;
  const before = others.find((slot) => draggedMiddle < laneY(slot.name) + height / 2);
  return before ? withoutDragged(before) : withoutDragged(others[others.length - 1]!) + 1;
}
