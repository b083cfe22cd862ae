import type { DesignerGraph } from '../graph/graphTypes';
import { createGraphProjector } from '../graph/projectGraph';
import { definedObjectKeys } from '../model/podReferences';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';
import { measureStage } from './stageTiming';
import { selectCurrentWorkload, selectIsStale, selectManifest, selectWorkloadPositions } from './selectors';

/**
 * A selector of the canvas graph for one canvas: the document projected to nodes and edges,
 * recomputed only when the workload, positions, selection or measured sizes change, and
 * re-using node objects for entities that did not change.
 */
export function createGraphSelector(): (state: DesignerState) => DesignerGraph {
  const project = createGraphProjector();
  const definedObjectsMemo = memoizeLast(definedObjectKeys);
  const projectMemo = memoizeLast(
    (
      workload: ReturnType<typeof selectCurrentWorkload>,
      stale: boolean,
      positions: ReturnType<typeof selectWorkloadPositions>,
      selectedIds: DesignerState['selection']['ids'],
      measured: DesignerState['measured'],
      definedObjects: ReadonlySet<string>,
    ) =>
      measureStage('project', () =>
        project({ workload: workload?.object ?? null, stale, positions, selectedIds, measured, definedObjects }),
      ),
  );
  return (state) =>
    projectMemo(
      selectCurrentWorkload(state),
      selectIsStale(state),
      selectWorkloadPositions(state),
      state.selection.ids,
      state.measured,
      definedObjectsMemo(selectManifest(state)),
    );
}
