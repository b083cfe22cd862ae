import { paletteContainer } from '../../catalog/paletteContainer';
import type { ContainerPaletteItem } from '../../catalog/paletteItems';
import { containerNames } from '../../model/containers';
import { containerEntityId, type EntityId } from '../../model/entityId';
import { getAtPath } from '../../model/valueAtPath';
import { addContainer } from '../../model/operations/addContainer';
import { removeEntities } from '../../model/operations/removeEntities';
import { uniqueName } from '../../model/uniqueName';
import { podSpecOf } from '../../model/workloads';
import type { DesignerStore } from '../designerStore';
import { selectPodSecurityLevel } from '../podSecurity';

/**
 * Commands on the designed pod, used by the canvas, palette and inspector. Each is one undo
 * step and writes the YAML as minimal edits; the UI never changes the document any other way.
 */

/**
 * Adds a container of the palette item's role with a unique name, and selects it. In a pod whose
 * containers all meet the Restricted Pod Security level (as the validator last found), the new
 * one is made to meet it too.
 */
export function addContainerFromPalette(store: DesignerStore, item: ContainerPaletteItem): EntityId | null {
  const restricted = selectPodSecurityLevel(store.getState())?.restricted.passes ?? false;
  const added = store.getState().updateWorkloadFor(`Add ${item.label.toLowerCase()}`, (workload) => {
    const podSpec = podSpecOf(workload);
    const existing = containerNames(podSpec);
    const name = uniqueName(item.baseName, existing);
    const container = paletteContainer(item, name, {
      // An empty pod meets every level trivially: it starts from the usual images.
      restricted: restricted && existing.length > 0,
      podSeccompProfile: getAtPath(podSpec, ['securityContext', 'seccompProfile']) !== undefined,
    });
    return { workload: addContainer(workload, container, item.role), result: name };
  });
  if (added === null) return null;
  const id = containerEntityId(added);
  store.getState().select([id], 'panel');
  return id;
}

/** Deletes containers, volumes and mounts the user removed on the canvas. */
export function deleteEntities(store: DesignerStore, ids: readonly EntityId[]): void {
  store.getState().updateWorkload('Delete', (workload) => removeEntities(workload, ids), { select: [] });
}
