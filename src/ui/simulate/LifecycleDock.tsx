import { X } from 'lucide-react';
import { Suspense } from 'react';
import { useDesignerStore } from '../app/DesignerStoreContext';
import './lifecycle.css';
import { lazyPart } from '../kit/lazyPart';

const LifecyclePanel = lazyPart(() => import('./LifecyclePanel'), 'LifecyclePanel');

/** The lifecycle simulation docked under the canvas; the panel loads when first opened. */
export function LifecycleDock() {
  const store = useDesignerStore();
  return (
    <div className="lifecycle-dock">
      <header className="lifecycle-dock__header">
        <h2>Lifecycle</h2>
        <button
          type="button"
          className="lifecycle-dock__close"
          aria-label="Close the lifecycle panel"
          title="Close the lifecycle panel"
          onClick={() => store.getState().openDock(null)}
        >
          <X aria-hidden="true" size={16} />
        </button>
      </header>
      <Suspense
        fallback={<div className="lifecycle-panel lifecycle-panel--loading">Loading the lifecycle simulation…</div>}
      >
        <LifecyclePanel />
      </Suspense>
    </div>
  );
}
