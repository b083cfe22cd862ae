import type { JsonObject } from '../model/jsonValue';
import { podSpecOf } from '../model/workloads';
import type { PodTimeline } from '../simulate/lifecycleTypes';
import { simulatePod } from '../simulate/simulatePod';
import type { DesignerState } from './designerStore';
import { memoizeByObject } from './memoize';
import { selectCurrentWorkload } from './selectors';
import type { SimulationPlayback } from './session/simulationPlayback';

const podSpecFor = memoizeByObject((workload: JsonObject): JsonObject => podSpecOf(workload));

const timelineFor = memoizeByObject(
  (podSpec: JsonObject, faults: SimulationPlayback['faults'], deleteAt: number | null): PodTimeline =>
    simulatePod(podSpec, { faults, deleteAt }),
);

/** The designed pod's pod spec (memoised: the same object while the workload is unchanged). */
export function selectDesignedPodSpec(state: DesignerState): JsonObject | null {
  const workload = selectCurrentWorkload(state)?.object;
  return workload ? podSpecFor(workload) : null;
}

/**
 * The simulated lifecycle of the designed pod under the user's what-ifs; shared by the
 * Lifecycle panel and every container node, computed once per change of its inputs.
 */
export function simulatedTimeline(
  podSpec: JsonObject | null,
  playback: Pick<SimulationPlayback, 'faults' | 'deleteAt'>,
): PodTimeline | null {
  return podSpec ? timelineFor(podSpec, playback.faults, playback.deleteAt) : null;
}
