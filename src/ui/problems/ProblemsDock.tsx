import { useEffect, useState } from 'react';
import { loadSchemaRules } from '../../store/loadSchemaRules';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ProblemsPanel } from './ProblemsPanel';
import { StatusStrip } from './StatusStrip';

/**
 * The bottom of the window: the collapsible problems panel above the status strip, whose problem
 * counts open and close it. Starts loading the schema rules once the first screen is up.
 */
export function ProblemsDock() {
  const store = useDesignerStore();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    loadSchemaRules(store).catch(() => store.getState().showNotice('The schema checks could not load; the other checks still run.'));
  }, [store]);
  return (
    <div className="problems-dock">
      {open && <ProblemsPanel onClose={() => setOpen(false)} />}
      <StatusStrip problemsOpen={open} onToggleProblems={() => setOpen((current) => !current)} />
    </div>
  );
}
