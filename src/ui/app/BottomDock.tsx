import { selectDockTab } from '../../store/session/layoutSlice';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { LifecycleDock } from '../simulate/LifecycleDock';
import { useDesigner } from './DesignerStoreContext';
import { WorkspaceSplitter } from './WorkspaceSplitter';

/**
 * The dock under the canvas: the problems or the lifecycle timeline, resizable, so the pod and
 * what is said about it are on screen together.
 */
export function BottomDock() {
  const tab = useDesigner(selectDockTab);
  const height = useDesigner((state) => state.layout.sizes.dockHeight);
  if (!tab) return null;
  return (
    <>
      <WorkspaceSplitter
        size="dockHeight"
        label={tab === 'problems' ? 'Resize the problems panel' : 'Resize the lifecycle panel'}
        controls="bottom-dock"
      />
      <div id="bottom-dock" className="bottom-dock" style={{ height }}>
        {tab === 'problems' ? <ProblemsPanel /> : <LifecycleDock />}
      </div>
    </>
  );
}
