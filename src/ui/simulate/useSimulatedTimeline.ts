import type { PodTimeline } from '../../simulate/lifecycleTypes';
import { selectDesignedPodSpec, selectDesignFaults, simulatedTimeline } from '../../store/simulationTimeline';
import { useDesigner } from '../app/DesignerStoreContext';
import { useSimulationPlayback } from './useSimulationPlayback';

/** The designed pod's simulated lifecycle under the design's faults and the current what-ifs (null without a workload). */
export function useSimulatedTimeline(): PodTimeline | null {
  const podSpec = useDesigner(selectDesignedPodSpec);
  const faults = useSimulationPlayback((state) => state.faults);
  const deleteAt = useSimulationPlayback((state) => state.deleteAt);
  const designFaults = useDesigner(selectDesignFaults);
  return simulatedTimeline(podSpec, { faults, deleteAt }, designFaults);
}
