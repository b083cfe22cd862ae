import type { ContainerPaletteItem } from '../../catalog/paletteItems';
import { containerNames } from '../../model/containers';
import { containerEntityId, type EntityId } from '../../model/entityId';
import type { JsonObject } from '../../model/jsonValue';
import { addContainer } from '../../model/operations/addContainer';
import { removeEntities } from '../../model/operations/removeEntities';
import { uniqueName } from '../../model/uniqueName';
import { podSpecOf } from '../../model/workloads';
import type { DesignerStore } from '../designerStore';

/**
 * Commands on the designed pod, used by the canvas, palette and inspector. Each is one undo
 * step and writes the YAML as minimal edits; the UI never changes the document any other way.
 */

/** Adds a container of the palette item's role with a unique name, and selects it. */
export function addContainerFromPalette(store: DesignerStore, item: ContainerPaletteItem): EntityId | null {
  const added = store.getState().updateWorkloadFor(`Add ${item.label.toLowerCase()}`, (workload) => {
    const name = uniqueName(item.baseName, containerNames(podSpecOf(workload)));
    const container: JsonObject = item.command
      ? { name, image: item.image, command: [...item.command] }
      : { name, image: item.image };
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
