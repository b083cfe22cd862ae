import { lazy, Suspense } from 'react';
import { useSimulationPlayback } from './useSimulationPlayback';
import './lifecycle.css';

const LifecyclePanel = lazy(() => import('./LifecyclePanel').then((module) => ({ default: module.LifecyclePanel })));

/** A "Lifecycle" toggle at the bottom of the canvas; the panel loads when first opened. */
export function LifecycleDock() {
  const open = useSimulationPlayback((state) => state.open);
  const setOpen = useSimulationPlayback((state) => state.setOpen);
  return (
    <div className={`lifecycle-dock${open ? ' is-open' : ''}`}>
      <button
        type="button"
        className="lifecycle-dock__toggle"
        aria-expanded={open}
        aria-controls="lifecycle-panel"
        onClick={() => setOpen(!open)}
      >
        {open ? '▾' : '▸'} Lifecycle
      </button>
      {open && (
        <Suspense
          fallback={<div className="lifecycle-panel lifecycle-panel--loading">Loading the lifecycle simulation…</div>}
        >
          <LifecyclePanel />
        </Suspense>
      )}
    </div>
  );
}
