import type { JsonObject } from '../model/jsonValue';
import { podSpecOf } from '../model/workloads';
import type { PodTimeline } from '../simulate/lifecycleTypes';
import { simulatePod } from '../simulate/simulatePod';
import type { DesignerState } from './designerStore';
import { memoizeLast } from './memoize';
import { selectCurrentWorkload } from './selectors';
import type { SimulationPlayback } from './session/simulationPlayback';

const podSpecFor = memoizeLast((workload: JsonObject | null): JsonObject | null =>
  workload ? podSpecOf(workload) : null,
);

const timelineFor = memoizeLast(
  (podSpec: JsonObject | null, faults: SimulationPlayback['faults'], deleteAt: number | null): PodTimeline | null =>
    podSpec ? simulatePod(podSpec, { faults, deleteAt }) : null,
);

/** The designed pod's pod spec (memoised: the same object while the workload is unchanged). */
export function selectDesignedPodSpec(state: DesignerState): JsonObject | null {
  return podSpecFor(selectCurrentWorkload(state)?.object ?? null);
}

/**
 * The simulated lifecycle of the designed pod under the user's what-ifs; shared by the
 * Lifecycle panel and every container node, computed once per change of its inputs.
 */
export function simulatedTimeline(
  podSpec: JsonObject | null,
  playback: Pick<SimulationPlayback, 'faults' | 'deleteAt'>,
): PodTimeline | null {
  return timelineFor(podSpec, playback.faults, playback.deleteAt);
}
