import { Activity } from 'lucide-react';
import { selectDockTab } from '../../store/session/layoutSlice';
import { useDesigner } from '../app/DesignerStoreContext';
import { commandTitle, useCommandView, useRunCommand } from '../commands/CommandRunner';
import './lifecycle.css';

/** "Lifecycle" in the canvas header: docks the simulation under the canvas, or closes it. */
export function LifecycleToggle() {
  const run = useRunCommand();
  const open = useDesigner((state) => selectDockTab(state) === 'lifecycle');
  const view = useCommandView('view.lifecycle');
  return (
    <button
      type="button"
      className="lifecycle-toggle"
      aria-expanded={open}
      aria-controls={open ? 'lifecycle-panel' : undefined}
      title={commandTitle(view, open ? 'Close the lifecycle simulation' : 'Simulate the pod’s lifecycle')}
      onClick={() => run('view.lifecycle')}
    >
      <Activity aria-hidden="true" size={16} /> Lifecycle
    </button>
  );
}
