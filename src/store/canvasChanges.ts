import type { DesignerNode } from '../graph/graphTypes';
import { splitLaneDrops } from '../graph/laneDrops';
import { type CanvasChange, routeCanvasChanges } from '../graph/routeCanvasChanges';
import { listContainerSlots } from '../model/containers';
import { podSpecOf } from '../model/workloads';
import { dropInitContainer } from './commands/canvasCommands';
import type { DesignerStore } from './designerStore';
import { deleteEntities } from './commands/podCommands';
import { selectCurrentWorkload } from './selectors';

/**
 * Applies React Flow's node and edge changes where they belong: measured sizes and selection to
 * session state (never undo steps), positions while dragging to view state, the end of a drag as
 * one undo step (an init container or sidecar dropped in its lane changes its run order instead),
 * and removals as model operations. `nodes` is the graph on screen.
 */
export function applyCanvasChanges(
  store: DesignerStore,
  changes: readonly CanvasChange[],
  nodes: readonly DesignerNode[],
): void {
  const state = store.getState();
  const routed = routeCanvasChanges(changes, state.selection.ids);
  if (Object.keys(routed.measured).length) state.setMeasured(routed.measured);
  if (Object.keys(routed.dragging).length) state.moveNodes(routed.dragging, 'drag');
  if (Object.keys(routed.dropped).length) {
    const slots = listContainerSlots(podSpecOf(selectCurrentWorkload(store.getState())?.object ?? {}));
    const { reorders, moves } = splitLaneDrops(routed.dropped, slots, nodes);
    if (Object.keys(moves).length) store.getState().moveNodes(moves, 'end');
    for (const reorder of reorders) dropInitContainer(store, reorder.name, reorder.toIndex);
  }
  if (routed.selection) store.getState().select(routed.selection, 'canvas');
  if (routed.removed.length) deleteEntities(store, routed.removed);
}
