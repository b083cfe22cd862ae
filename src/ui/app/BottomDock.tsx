import { Suspense } from 'react';
import { selectDockTab } from '../../store/session/layoutSlice';
import { lazyPart } from '../kit/lazyPart';
import { useDesigner } from './DesignerStoreContext';
import { WorkspaceSplitter } from './WorkspaceSplitter';

// The problems list (its rows, fix previews and filters) and the lifecycle are chunks of their
// own; until one arrives the dock keeps its size, so the canvas does not move.
const ProblemsPanel = lazyPart(() => import('../problems/ProblemsPanel'), 'ProblemsPanel');
const LifecycleDock = lazyPart(() => import('../simulate/LifecycleDock'), 'LifecycleDock');

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
        {tab === 'problems' ? (
          <Suspense fallback={<section className="problems-panel" aria-label="Problems" aria-busy="true" />}>
            <ProblemsPanel />
          </Suspense>
        ) : (
          <Suspense fallback={<div className="lifecycle-dock" aria-busy="true" />}>
            <LifecycleDock />
          </Suspense>
        )}
      </div>
    </>
  );
}
