import type { EntityId } from '../model/entityId';
import type { Manifest } from '../model/manifest';
import { listWorkloads, sameObjectRef, type ObjectRef, type WorkloadEntry } from '../model/workloads';
import { resolveWorkloadRef, type DesignerState } from './designerStore';
import { workloadKey, type XYPosition } from './documentSnapshot';
import { memoizeByObject } from './memoize';

const NO_POSITIONS: Readonly<Record<EntityId, XYPosition>> = {};

/** The manifest the canvas shows: the current one, or the last good one while the text is invalid. */
export const selectManifest = (state: DesignerState): Manifest => state.lastGood.documents;

/** The text does not parse: the canvas shows the last good design. */
export const selectIsStale = (state: DesignerState): boolean => !state.parse.ok;

export const selectParseError = (state: DesignerState) => (state.parse.ok ? null : state.parse.error);

const workloadsOf = memoizeByObject((documents: Manifest) => listWorkloads(documents));

export const selectWorkloads = (state: DesignerState): readonly WorkloadEntry[] =>
  workloadsOf(state.lastGood.documents);

const currentWorkloadOf = memoizeByObject((documents: Manifest, preferred: ObjectRef | null): WorkloadEntry | null => {
  const ref = resolveWorkloadRef(documents, preferred);
  return ref ? (workloadsOf(documents).find((workload) => sameObjectRef(workload.ref, ref)) ?? null) : null;
});

/** The workload being designed (the chosen one, else the first of the file). */
export const selectCurrentWorkload = (state: DesignerState): WorkloadEntry | null =>
  currentWorkloadOf(state.lastGood.documents, state.workloadRef);

/** Positions the user set for the nodes of the designed workload. */
export const selectWorkloadPositions = (state: DesignerState): Readonly<Record<EntityId, XYPosition>> => {
  const workload = selectCurrentWorkload(state);
  return (workload && state.positions[workloadKey(workload.ref)]) || NO_POSITIONS;
};

export const selectUndoLabel = (state: DesignerState): string | null =>
  state.history.past[state.history.past.length - 1]?.label ?? null;
export const selectCanRedo = (state: DesignerState): boolean => state.history.future.length > 0;
