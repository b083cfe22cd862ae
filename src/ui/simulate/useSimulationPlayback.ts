import type { SimulationPlayback } from '../../store/session/simulationPlayback';
import { useDesigner } from '../app/DesignerStoreContext';

/** Selects the smallest piece of the simulation playback (session state of the store) a component renders. */
export function useSimulationPlayback<T>(selector: (playback: SimulationPlayback) => T): T {
  return useDesigner((state) => selector(state.simulation));
}
