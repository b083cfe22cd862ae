import { OutlinePanel } from '../outline/OutlinePanel';
import { LifecycleToggle } from '../simulate/LifecycleToggle';
import { useDesigner } from './DesignerStoreContext';
import { ViewBreadcrumb } from './ViewBreadcrumb';
import { WorkloadPicker } from './WorkloadPicker';

/**
 * Over the canvas's top-left corner: what is being designed (the workload's kind and, in a file
 * of several, which workload), the lifecycle docked under it, and the text outline of the pod.
 */
export function CanvasHeader() {
  const view = useDesigner((state) => state.view);
  if (view === 'map')
    return (
      <div className="canvas-header">
        <ViewBreadcrumb />
      </div>
    );
  return (
    <div className="canvas-header">
      <div className="canvas-header__picker">
        <ViewBreadcrumb />
        <WorkloadPicker />
      </div>
      <LifecycleToggle />
      <OutlinePanel />
    </div>
  );
}
