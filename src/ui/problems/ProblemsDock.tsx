import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { ProblemsPanel } from './ProblemsPanel';
import { StatusStrip } from './StatusStrip';

/**
 * The bottom of the window: the collapsible problems panel above the status strip, whose problem
 * counts (and the badges on the canvas) open and close it.
 */
export function ProblemsDock() {
  const store = useDesignerStore();
  const open = useDesigner((state) => state.problemsOpen);
  const setOpen = (next: boolean) => store.getState().setProblemsOpen(next);
  return (
    <div className="problems-dock">
      {open && <ProblemsPanel onClose={() => setOpen(false)} />}
      <StatusStrip problemsOpen={open} onToggleProblems={() => setOpen(!open)} />
    </div>
  );
}
