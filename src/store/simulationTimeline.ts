import type { ImageFacts } from '../catalog/exercises/exercise';
import { type ContainerFaultReason, containerFaults } from '../exercises/design/containerFaults';
import type { JsonObject } from '../model/jsonValue';
import { podSpecOf } from '../model/workloads';
import type { ContainerFault, PodTimeline } from '../simulate/lifecycleTypes';
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

const NO_IMAGE_FACTS: readonly ImageFacts[] = [];

const designFaultsFor = memoizeByObject(
  (podSpec: JsonObject, images: readonly ImageFacts[]): ReadonlyMap<string, ContainerFaultReason> =>
    containerFaults(podSpec, images),
);

/** The design's own faults first; the user's what-ifs override them per container. */
const effectiveFaultsFor = memoizeByObject(
  (
    designFaults: ReadonlyMap<string, ContainerFaultReason>,
    userFaults: SimulationPlayback['faults'],
  ): SimulationPlayback['faults'] => {
    const faults: Record<string, ContainerFault> = {};
    for (const [name, entry] of designFaults) faults[name] = entry.fault;
    return { ...faults, ...userFaults };
  },
);

/**
 * How containers of the designed pod would misbehave by the design itself (a command line in one
 * string) and by what the open exercise says its images do (a probe of a page nginx does not
 * serve): the simulation plays these unless the user picks another what-if. Memoised per pod spec.
 */
export function selectDesignFaults(state: DesignerState): ReadonlyMap<string, ContainerFaultReason> {
  const podSpec = selectDesignedPodSpec(state);
  const images = state.guide?.kind === 'exercise' ? (state.guide.exercise.images ?? NO_IMAGE_FACTS) : NO_IMAGE_FACTS;
  return podSpec ? designFaultsFor(podSpec, images) : NO_DESIGN_FAULTS;
}

const NO_DESIGN_FAULTS: ReadonlyMap<string, ContainerFaultReason> = new Map();

/** The designed pod's pod spec (memoised: the same object while the workload is unchanged). */
export function selectDesignedPodSpec(state: DesignerState): JsonObject | null {
  const workload = selectCurrentWorkload(state)?.object;
  return workload ? podSpecFor(workload) : null;
}

/**
 * The simulated lifecycle of the designed pod under the design's faults and the user's what-ifs;
 * shared by the Lifecycle panel and every container node, computed once per change of its inputs.
 */
export function simulatedTimeline(
  podSpec: JsonObject | null,
  playback: Pick<SimulationPlayback, 'faults' | 'deleteAt'>,
  designFaults: ReadonlyMap<string, ContainerFaultReason>,
): PodTimeline | null {
  return podSpec ? timelineFor(podSpec, effectiveFaultsFor(designFaults, playback.faults), playback.deleteAt) : null;
}
