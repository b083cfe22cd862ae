import { useStore } from 'zustand';
import {
  simulationPlayback,
  type SimulationPlaybackActions,
  type SimulationPlaybackState,
} from '../../store/simulationPlayback';

/** Selects the smallest piece of the simulation playback a component renders. */
export function useSimulationPlayback<T>(
  selector: (state: SimulationPlaybackState & SimulationPlaybackActions) => T,
): T {
  return useStore(simulationPlayback, selector);
}
