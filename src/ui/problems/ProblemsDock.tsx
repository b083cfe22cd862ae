import { useEffect } from 'react';
import { loadSchemaRules } from '../../store/loadSchemaRules';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { ProblemsPanel } from './ProblemsPanel';
import { StatusStrip } from './StatusStrip';

/**
 * The bottom of the window: the collapsible problems panel above the status strip, whose problem
 * counts (and the badges on the canvas) open and close it. Starts loading the schema rules once the first screen is up.
 */
export function ProblemsDock() {
  const store = useDesignerStore();
  const open = useDesigner((state) => state.problemsOpen);
  const setOpen = (next: boolean) => store.getState().setProblemsOpen(next);
  useEffect(() => {
    loadSchemaRules(store).catch(() =>
      store.getState().showNotice('The schema checks could not load; the other checks still run.'),
    );
  }, [store]);
  return (
    <div className="problems-dock">
      {open && <ProblemsPanel onClose={() => setOpen(false)} />}
      <StatusStrip problemsOpen={open} onToggleProblems={() => setOpen(!open)} />
    </div>
  );
}
