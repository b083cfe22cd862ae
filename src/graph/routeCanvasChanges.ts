import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { EntityId } from '../model/entityId';

/** A change React Flow reports about a node or an edge. */
export type CanvasChange = NodeChange | EdgeChange;

interface XY {
  readonly x: number;
  readonly y: number;
}

/** Where React Flow's change events go: view state, one undo step at drag end, or model operations. */
export interface RoutedChanges {
  /** Positions while dragging (view state only). */
  readonly dragging: Readonly<Record<EntityId, XY>>;
  /** Positions at the end of a drag (one undo step). */
  readonly dropped: Readonly<Record<EntityId, XY>>;
  /** Measured sizes (session state, never undone). */
  readonly measured: Readonly<Record<EntityId, { width: number; height: number }>>;
  /** The selection after the change, or null when the change does not touch selection. */
  readonly selection: readonly EntityId[] | null;
  /** Entities the user deleted (become model operations). */
  readonly removed: readonly EntityId[];
}

/**
 * Sorts React Flow's node and edge changes by where they belong. Pure: the canvas component
 * dispatches the result to store commands; nothing is applied to a stored node list.
 */
export function routeCanvasChanges(
  changes: readonly CanvasChange[],
  currentSelection: readonly EntityId[],
): RoutedChanges {
  const dragging: Record<EntityId, XY> = {};
  const dropped: Record<EntityId, XY> = {};
  const measured: Record<EntityId, { width: number; height: number }> = {};
  const removed: EntityId[] = [];
  let selection: Set<EntityId> | null = null;
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        if (change.position)
          (change.dragging ? dragging : dropped)[change.id] = {
            x: Math.round(change.position.x),
            y: Math.round(change.position.y),
          };
        else if (change.dragging === false)
          dropped[change.id] = dropped[change.id] ?? dragging[change.id] ?? { x: NaN, y: NaN };
        break;
      case 'dimensions':
        if (change.dimensions)
          measured[change.id] = { width: change.dimensions.width, height: change.dimensions.height };
        break;
      case 'select':
        selection ??= new Set(currentSelection);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
        break;
      case 'remove':
        removed.push(change.id);
        break;
      default:
        break;
    }
  }
  for (const id of Object.keys(dropped)) if (Number.isNaN(dropped[id]!.x)) delete dropped[id];
  return { dragging, dropped, measured, selection: selection ? [...selection] : null, removed };
}
