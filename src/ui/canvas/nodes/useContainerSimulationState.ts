import type { ContainerSegment } from '../../../simulate/lifecycleTypes';
import { segmentAt } from '../../../simulate/segmentsAt';
import { selectDockTab } from '../../../store/session/layoutSlice';
import { selectDesignedPodSpec, selectDesignFaults, simulatedTimeline } from '../../../store/simulationTimeline';
import { useDesigner } from '../../app/DesignerStoreContext';

/**
 * The container's simulated state at the playback cursor while the Lifecycle panel is open,
 * else null. Re-renders only when the state changes, not on every frame.
 */
export function useContainerSimulationState(name: string): ContainerSegment | null {
  const podSpec = useDesigner(selectDesignedPodSpec);
  const open = useDesigner((state) => selectDockTab(state) === 'lifecycle');
  const faults = useDesigner((state) => state.simulation.faults);
  const deleteAt = useDesigner((state) => state.simulation.deleteAt);
  const designFaults = useDesigner(selectDesignFaults);
  const timeline = open ? simulatedTimeline(podSpec, { faults, deleteAt }, designFaults) : null;
  const segments = timeline?.containers.find((container) => container.name === name)?.segments;
  const end = timeline?.end ?? 0;
  return useDesigner((state) =>
    segments ? (segmentAt(segments, Math.min(state.simulation.time, end)) ?? null) : null,
  );
}
