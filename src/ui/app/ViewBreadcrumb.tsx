import { listObjects } from '../../model/workloads';
import { selectManifest } from '../../store/selectors';
import { useRunCommand } from '../commands/CommandRunner';
import { useDesigner } from './DesignerStoreContext';

/**
 * Where the canvas is: the application map (with how many objects it shows), or a workload's pod
 * with the way back to the map when the file holds other objects.
 */
export function ViewBreadcrumb() {
  const run = useRunCommand();
  const view = useDesigner((state) => state.view);
  const objectCount = useDesigner((state) => listObjects(selectManifest(state)).length);
  if (view === 'map')
    return (
      <nav className="view-breadcrumb" aria-label="Breadcrumb">
        <span className="view-breadcrumb__here" aria-current="page">
          Application map
        </span>
        <span className="view-breadcrumb__detail">
          {objectCount} object{objectCount === 1 ? '' : 's'} · double-click a workload to design its pod
        </span>
      </nav>
    );
  if (objectCount < 2) return null;
  return (
    <nav className="view-breadcrumb" aria-label="Breadcrumb">
      <button
        type="button"
        className="view-breadcrumb__back"
        onClick={() => run('view.applicationMap')}
        title="Back to the application map: every object of the file (Alt+M)"
      >
        ← Map
      </button>
    </nav>
  );
}
