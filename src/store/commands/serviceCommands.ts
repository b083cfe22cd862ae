import { mapEntityId } from '../../graph/applicationMap';
import type { EntityId } from '../../model/entityId';
import { addService, type AddedService } from '../../model/operations/addService';
import type { ObjectRef } from '../../model/workloads';
import type { DesignerStore } from '../designerStore';
import { selectCurrentWorkload } from '../selectors';

/**
 * Adds a Service in front of the workload at `ref` (the designed one when null) as a new document
 * after it, one undo step; selects it on the map. Returns its map entity id, or null (a notice
 * says why) when it could not be added.
 */
export function addServiceForWorkload(store: DesignerStore, ref: ObjectRef | null): EntityId | null {
  const target = ref ?? selectCurrentWorkload(store.getState())?.ref ?? null;
  if (!target) {
    store.getState().showNotice('Drop the Service on a workload: it selects that workload’s pods.', 'info');
    return null;
  }
  const designed = selectCurrentWorkload(store.getState())?.ref ?? null;
  let added: AddedService | null = null;
  const done = store.getState().applyEdit('Add Service', (manifest) => {
    added = addService(manifest, target);
    return added.manifest;
  });
  const result = added as AddedService | null;
  if (!done || !result) return null;
  store.getState().documentInserted(result.ref.documentIndex, designed);
  const id = mapEntityId(result.ref);
  if (store.getState().view === 'map') store.getState().select([id], 'panel');
  else store.getState().showNotice(`Added the Service ${result.name}: the application map (Alt+M) shows it.`, 'info');
  return id;
}
