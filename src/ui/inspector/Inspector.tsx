import { parseEntityId } from '../../model/entityId';
import { findContainerSlot } from '../../model/containers';
import { field } from '../../model/jsonValue';
import { podSpecOf } from '../../model/workloads';
import { selectCurrentWorkload } from '../../store/selectors';
import { useDesigner } from '../app/DesignerStoreContext';

/** The inspector: details of what is selected. */
export function Inspector() {
  const workload = useDesigner(selectCurrentWorkload);
  const selected = useDesigner((state) => state.selection.ids[0] ?? null);
  const entity = selected ? parseEntityId(selected) : null;
  let body = <p className="inspector__hint">Select a container, volume or mount on the canvas to see its settings here.</p>;
  if (workload && entity?.type === 'container') {
    const slot = findContainerSlot(podSpecOf(workload.object), entity.name);
    if (slot) {
      body = (
        <dl className="inspector__facts">
          <dt>Name</dt>
          <dd>{slot.name}</dd>
          <dt>Role</dt>
          <dd>{slot.role === 'app' ? 'App container' : slot.role === 'init' ? 'Init container' : 'Native sidecar'}</dd>
          <dt>Image</dt>
          <dd>{String(field(slot.container, 'image') ?? '—')}</dd>
        </dl>
      );
    }
  } else if (workload && entity?.type === 'pod') {
    body = (
      <dl className="inspector__facts">
        <dt>Kind</dt>
        <dd>{workload.kind}</dd>
        <dt>Name</dt>
        <dd>{workload.name || '—'}</dd>
      </dl>
    );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <header className="pane-header">
        <h2>Inspector</h2>
      </header>
      {body}
    </aside>
  );
}
