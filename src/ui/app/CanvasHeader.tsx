import { OutlinePanel } from '../outline/OutlinePanel';
import { LifecycleToggle } from '../simulate/LifecycleToggle';
import { WorkloadPicker } from './WorkloadPicker';

/**
 * Over the canvas's top-left corner: what is being designed (the workload's kind and, in a file
 * of several, which workload), the lifecycle docked under it, and the text outline of the pod.
 */
export function CanvasHeader() {
  return (
    <div className="canvas-header">
      <div className="canvas-header__picker">
        <WorkloadPicker />
      </div>
      <LifecycleToggle />
      <OutlinePanel />
    </div>
  );
}
