import { Suspense } from 'react';
import { selectDockTab } from '../../../store/session/layoutSlice';
import { useDesigner } from '../../app/DesignerStoreContext';
import { lazyPart } from '../../kit/lazyPart';

const SimulatedStateChip = lazyPart(() => import('./SimulatedStateChip'), 'SimulatedStateChip');

/**
 * While the lifecycle panel is open, the container's simulated state on its node. The
 * simulation engine loads with the panel, not with the canvas.
 */
export function ContainerSimulationChip({ name }: { name: string }) {
  const open = useDesigner((state) => selectDockTab(state) === 'lifecycle');
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SimulatedStateChip name={name} />
    </Suspense>
  );
}
