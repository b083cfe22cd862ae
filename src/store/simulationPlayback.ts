import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContainerFault } from '../simulate/lifecycleTypes';

/**
 * Session state of the lifecycle simulation: whether the panel is open, the playback clock,
 * and the user's "what if" choices. Never part of the document or of undo: the simulation is
 * a view of the design, not a change to it.
 */
export interface SimulationPlaybackState {
  readonly open: boolean;
  readonly playing: boolean;
  /** Simulated seconds since the pod was created. */
  readonly time: number;
  /** Simulated seconds per real second. */
  readonly speed: number;
  readonly faults: Readonly<Record<string, ContainerFault>>;
  /** When the user deleted the pod (simulated seconds), or null. */
  readonly deleteAt: number | null;
}

export interface SimulationPlaybackActions {
  setOpen(open: boolean): void;
  play(end: number): void;
  pause(): void;
  /** Back to the pod's creation, not deleted; the what-ifs stay. */
  reset(): void;
  seek(time: number): void;
  /** Moves the clock by `realSeconds` × speed, stopping at `end`. */
  advance(realSeconds: number, end: number): void;
  setSpeed(speed: number): void;
  setFault(container: string, fault: ContainerFault): void;
  /** Deletes the pod now: the shutdown plays from the current time. */
  deletePod(): void;
}

export type SimulationPlaybackStore = StoreApi<SimulationPlaybackState & SimulationPlaybackActions>;

export const PLAYBACK_SPEEDS = [1, 2, 5, 10, 30, 60] as const;

const INITIAL: SimulationPlaybackState = { open: false, playing: false, time: 0, speed: 2, faults: {}, deleteAt: null };

export function createSimulationPlaybackStore(initial: Partial<SimulationPlaybackState> = {}): SimulationPlaybackStore {
  return createStore<SimulationPlaybackState & SimulationPlaybackActions>()((set, get) => ({
    ...INITIAL,
    ...initial,
    setOpen: (open) => set(open ? { open } : { open, playing: false }),
    play: (end) => set({ playing: true, time: get().time >= end ? 0 : get().time }),
    pause: () => set({ playing: false }),
    reset: () => set({ playing: false, time: 0, deleteAt: null }),
    seek: (time) => set({ time: Math.max(0, time) }),
    advance: (realSeconds, end) => {
      const time = get().time + realSeconds * get().speed;
      set(time >= end ? { time: end, playing: false } : { time });
    },
    setSpeed: (speed) => set({ speed: speed > 0 ? speed : 1 }),
    setFault: (container, fault) => {
      const faults = { ...get().faults };
      if (fault === 'none') delete faults[container];
      else faults[container] = fault;
      set({ faults });
    },
    deletePod: () => set({ deleteAt: get().time, playing: true }),
  }));
}

/** The app's one simulation playback (session state, like the canvas viewport). */
export const simulationPlayback = createSimulationPlaybackStore();
