import type { DesignerGraph } from '../graph/graphTypes';
import type { LaneName } from '../graph/podLayout';
import { createGraphProjector } from '../graph/projectGraph';
import { definedObjectKeys } from '../model/podReferences';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';
import { selectCurrentWorkload, selectIsStale, selectManifest, selectWorkloadPositions } from './selectors';

/**
 * A selector of the canvas graph for one canvas: the document projected to nodes and edges,
 * recomputed only when the workload, positions, selection or the open drop lane change, and
 * re-using node objects for entities that did not change. `openLane` is the lane a palette item
 * being dragged would land in (canvas state, not the store's).
 */
export function createGraphSelector(): (state: DesignerState, openLane?: LaneName | null) => DesignerGraph {
  const project = createGraphProjector();
  const definedObjectsMemo = memoizeLast(definedObjectKeys);
  const projectMemo = memoizeLast(
    (
      workload: ReturnType<typeof selectCurrentWorkload>,
      stale: boolean,
      positions: ReturnType<typeof selectWorkloadPositions>,
      selectedIds: DesignerState['selection']['ids'],
      definedObjects: ReadonlySet<string>,
      openLane: LaneName | null,
    ) => project({ workload: workload?.object ?? null, stale, positions, selectedIds, definedObjects, openLane }),
  );
  return (state, openLane = null) =>
    projectMemo(
      selectCurrentWorkload(state),
      selectIsStale(state),
      selectWorkloadPositions(state),
      state.selection.ids,
      definedObjectsMemo(selectManifest(state)),
      openLane,
    );
}
