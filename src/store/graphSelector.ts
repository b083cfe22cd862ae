import type { DesignerGraph } from '../graph/graphTypes';
import type { PaneSize } from '../graph/fitZoom';
import type { LaneName } from '../graph/podLayout';
import { createGraphProjector } from '../graph/projectGraph';
import { definedObjectKeys } from '../model/podReferences';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';
import { measureStage } from './stageTiming';
import { selectCurrentWorkload, selectIsStale, selectManifest, selectWorkloadPositions } from './selectors';

/**
 * A selector of the canvas graph for one canvas: the document projected to nodes and edges,
 * recomputed only when the workload, positions, selection, the open drop lane or the canvas's
 * shape change, and re-using node objects for entities that did not change. `openLane` (the lane
 * a palette item being dragged would land in) and `pane` (the canvas's shape) are the canvas's
 * own state, not the store's.
 */
export function createGraphSelector(): (
  state: DesignerState,
  openLane?: LaneName | null,
  pane?: PaneSize,
) => DesignerGraph {
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
      pane: PaneSize | undefined,
    ) =>
      measureStage('project', () =>
        project({
          workload: workload?.object ?? null,
          stale,
          positions,
          selectedIds,
          definedObjects,
          openLane,
          ...(pane ? { pane } : {}),
        }),
      ),
  );
  return (state, openLane = null, pane) =>
    projectMemo(
      selectCurrentWorkload(state),
      selectIsStale(state),
      selectWorkloadPositions(state),
      state.selection.ids,
      definedObjectsMemo(selectManifest(state)),
      openLane,
      pane,
    );
}
