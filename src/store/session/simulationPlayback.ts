import type { ContainerFault } from '../../simulate/lifecycleTypes';

/**
 * Session state of the lifecycle simulation: the playback clock and the user's "what if" choices.
 * Never part of the document or of undo: the simulation is a view of the design, not a change to it.
 */
export interface SimulationPlayback {
  readonly playing: boolean;
  /** Simulated seconds since the pod was created. */
  readonly time: number;
  /** Simulated seconds per real second. */
  readonly speed: number;
  readonly faults: Readonly<Record<string, ContainerFault>>;
  /** When the user deleted the pod (simulated seconds), or null. */
  readonly deleteAt: number | null;
}

export const PLAYBACK_SPEEDS = [1, 2, 5, 10, 30, 60] as const;

export const INITIAL_PLAYBACK: SimulationPlayback = { playing: false, time: 0, speed: 2, faults: {}, deleteAt: null };

/** Playing from the start again when the clock is at the end. */
export function playFrom(playback: SimulationPlayback, end: number): SimulationPlayback {
  return { ...playback, playing: true, time: playback.time >= end ? 0 : playback.time };
}

/** Moves the clock by `realSeconds` × speed, stopping at `end`. */
export function advancePlayback(playback: SimulationPlayback, realSeconds: number, end: number): SimulationPlayback {
  const time = playback.time + realSeconds * playback.speed;
  return time >= end ? { ...playback, time: end, playing: false } : { ...playback, time };
}

/** Back to the pod's creation, not deleted; the what-ifs stay. */
export function resetPlayback(playback: SimulationPlayback): SimulationPlayback {
  return { ...playback, playing: false, time: 0, deleteAt: null };
}

export function withFault(playback: SimulationPlayback, container: string, fault: ContainerFault): SimulationPlayback {
  // "Works" is kept as a choice: it overrides a fault the design itself implies (see selectDesignFaults).
  return { ...playback, faults: { ...playback.faults, [container]: fault } };
}
