import { useStore } from 'zustand';
import type { ContainerSegment } from '../../../simulate/lifecycleTypes';
import { segmentAt } from '../../../simulate/segmentsAt';
import { simulationPlayback } from '../../../store/simulationPlayback';
import { selectDesignedPodSpec, simulatedTimeline } from '../../../store/simulationTimeline';
import { useDesigner } from '../../app/DesignerStoreContext';

/**
 * The container's simulated state at the playback cursor while the Lifecycle panel is open,
 * else null. Re-renders only when the state changes, not on every frame.
 */
export function useContainerSimulationState(name: string): ContainerSegment | null {
  const podSpec = useDesigner(selectDesignedPodSpec);
  const open = useStore(simulationPlayback, (state) => state.open);
  const faults = useStore(simulationPlayback, (state) => state.faults);
  const deleteAt = useStore(simulationPlayback, (state) => state.deleteAt);
  const timeline = open ? simulatedTimeline(podSpec, { faults, deleteAt }) : null;
  const segments = timeline?.containers.find((container) => container.name === name)?.segments;
  const end = timeline?.end ?? 0;
  return useStore(simulationPlayback, (state) =>
    segments ? (segmentAt(segments, Math.min(state.time, end)) ?? null) : null,
  );
}
