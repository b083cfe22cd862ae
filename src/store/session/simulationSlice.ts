import type { ContainerFault } from '../../simulate/lifecycleTypes';
import type { GetDesignerState, SetDesignerState } from './sliceTypes';
import {
  advancePlayback,
  INITIAL_PLAYBACK,
  playFrom,
  resetPlayback,
  withFault,
  type SimulationPlayback,
} from './simulationPlayback';

export interface SimulationState {
  /** The lifecycle simulation's clock and what-ifs (session state, never undone). */
  readonly simulation: SimulationPlayback;
}

export interface SimulationActions {
  playSimulation(end: number): void;
  pauseSimulation(): void;
  /** Back to the pod's creation, not deleted; the what-ifs stay. */
  resetSimulation(): void;
  seekSimulation(time: number): void;
  /** Moves the clock by `realSeconds` × speed, stopping at `end`. */
  advanceSimulation(realSeconds: number, end: number): void;
  setSimulationSpeed(speed: number): void;
  setSimulationFault(container: string, fault: ContainerFault): void;
  /** Deletes the simulated pod now: the shutdown plays from the current time. */
  deleteSimulatedPod(): void;
}

export function createSimulationSlice(
  set: SetDesignerState,
  get: GetDesignerState,
): SimulationState & SimulationActions {
  const update = (next: (playback: SimulationPlayback) => SimulationPlayback): void =>
    set({ simulation: next(get().simulation) });
  return {
    simulation: INITIAL_PLAYBACK,
    playSimulation: (end) => update((playback) => playFrom(playback, end)),
    pauseSimulation: () => update((playback) => ({ ...playback, playing: false })),
    resetSimulation: () => update(resetPlayback),
    seekSimulation: (time) => update((playback) => ({ ...playback, time: Math.max(0, time) })),
    advanceSimulation: (realSeconds, end) => update((playback) => advancePlayback(playback, realSeconds, end)),
    setSimulationSpeed: (speed) => update((playback) => ({ ...playback, speed: speed > 0 ? speed : 1 })),
    setSimulationFault: (container, fault) => update((playback) => withFault(playback, container, fault)),
    deleteSimulatedPod: () => update((playback) => ({ ...playback, deleteAt: playback.time, playing: true })),
  };
}
