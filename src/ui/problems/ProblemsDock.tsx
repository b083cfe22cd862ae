import { lazy, Suspense } from 'react';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { StatusStrip } from './StatusStrip';
import './problems.css';

const ProblemsPanel = lazy(() => import('./ProblemsPanel').then((module) => ({ default: module.ProblemsPanel })));

/**
 * The bottom of the window: the collapsible problems panel above the status strip, whose problem
 * counts (and the badges on the canvas) open and close it. The panel loads when first opened.
 */
export function ProblemsDock() {
  const store = useDesignerStore();
  const open = useDesigner((state) => state.problemsOpen);
  const setOpen = (next: boolean) => store.getState().setProblemsOpen(next);
  return (
    <div className="problems-dock">
      {open && (
        <Suspense fallback={null}>
          <ProblemsPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
      <StatusStrip problemsOpen={open} onToggleProblems={() => setOpen(!open)} />
    </div>
  );
}
