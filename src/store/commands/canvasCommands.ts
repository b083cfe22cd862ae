import type { PaletteItem, ProbePaletteItem, VolumePaletteItem } from '../../catalog/paletteItems';
import { findContainerSlot, listContainerSlots, type ContainerRole } from '../../model/containers';
import { defaultMountPath } from '../../model/defaultMountPath';
import { defaultProbe } from '../../model/defaultProbe';
import {
  containerEntityId,
  mountEntityId,
  parseEntityId,
  probeEntityId,
  volumeEntityId,
  type EntityId,
} from '../../model/entityId';
import { field, isJsonArray } from '../../model/jsonValue';
import { addVolume } from '../../model/operations/addVolume';
import { changeContainerRole } from '../../model/operations/changeContainerRole';
import { duplicateContainer } from '../../model/operations/duplicateContainer';
import { mountVolume } from '../../model/operations/mountVolume';
import { moveInitContainer } from '../../model/operations/moveInitContainer';
import { setProbe } from '../../model/operations/setProbe';
import { uniqueName } from '../../model/uniqueName';
import { volumeNames } from '../../model/volumes';
import { podSpecOf } from '../../model/workloads';
import type { DesignerState, DesignerStore } from '../designerStore';
import { addContainerFromPalette } from './podCommands';
import { addServiceForWorkload } from './serviceCommands';
import { selectCurrentWorkload } from '../selectors';

/**
 * Commands of the pod canvas and palette. Each changes the document through pure operations as
 * one undo step (positions that go with it are restored by the same undo).
 */

/** The container the user selected (the first one, when several are), or null. */
export function selectSelectedContainerName(state: DesignerState): string | null {
  for (const id of state.selection.ids) {
    const entity = parseEntityId(id);
    if (entity?.type === 'container') return entity.name;
    if (entity?.type === 'probe') return entity.container;
  }
  return null;
}

/**
 * Adds a palette item: a container to the pod; a volume to the pod, mounted in `containerName`
 * when given; a probe attached to `containerName`. Returns the id of what was added, or null.
 * The keyboard passes the selected container; a drop passes the container under the pointer.
 */
export function addPaletteItem(store: DesignerStore, item: PaletteItem, containerName: string | null): EntityId | null {
  switch (item.kind) {
    case 'container':
      return addContainerFromPalette(store, item);
    case 'volume':
      return addVolumeFromPalette(store, item, containerName);
    case 'probe':
      return attachProbeFromPalette(store, item, containerName);
    case 'service':
      return addServiceForWorkload(store, null);
  }
}

function addVolumeFromPalette(
  store: DesignerStore,
  item: VolumePaletteItem,
  containerName: string | null,
): EntityId | null {
  const label = containerName ? `Add ${item.label} volume to ${containerName}` : `Add ${item.label} volume`;
  const name = store.getState().updateWorkloadFor(label, (workload) => {
    const added = uniqueName(item.baseName, volumeNames(podSpecOf(workload)));
    const withVolume = addVolume(workload, { name: added, ...item.source });
    if (!containerName) return { workload: withVolume, result: added };
    const container = findContainerSlot(podSpecOf(withVolume), containerName)?.container ?? {};
    return {
      workload: mountVolume(withVolume, containerName, { name: added, mountPath: defaultMountPath(container, added) }),
      result: added,
    };
  });
  if (name === null) return null;
  const id = volumeEntityId(name);
  store.getState().select([id], 'panel');
  return id;
}

function attachProbeFromPalette(
  store: DesignerStore,
  item: ProbePaletteItem,
  containerName: string | null,
): EntityId | null {
  const state = store.getState();
  const podSpec = podSpecOf(selectCurrentWorkload(state)?.object ?? {});
  const slot = containerName ? findContainerSlot(podSpec, containerName) : undefined;
  if (!slot) {
    const hint =
      listContainerSlots(podSpec).length === 0
        ? 'Add a container first, then drop the probe on it.'
        : 'Drop it on a container, or select a container and press Enter on the probe.';
    state.showNotice(`A ${item.label.toLowerCase()} belongs to a container. ${hint}`, 'info');
    return null;
  }
  if (field(slot.container, item.probe) !== undefined) {
    state.showNotice(`"${slot.name}" already has a ${item.label.toLowerCase()}; change it in the inspector.`, 'info');
    state.select([probeEntityId(slot.name, item.probe)], 'panel');
    return null;
  }
  const id = probeEntityId(slot.name, item.probe);
  const done = state.updateWorkload(
    `Add ${item.label.toLowerCase()} to ${slot.name}`,
    (workload) => setProbe(workload, slot.name, item.probe, defaultProbe(slot.container, item.probe)),
    { select: [containerEntityId(slot.name)] },
  );
  return done ? id : null;
}

/** Mounts a volume in a container at `/mnt/<volume>` (unique in the container). Returns the mount's id. */
export function connectVolumeToContainer(
  store: DesignerStore,
  volumeName: string,
  containerName: string,
): EntityId | null {
  const mountIndex = store.getState().updateWorkloadFor(`Mount ${volumeName} in ${containerName}`, (workload) => {
    const container = findContainerSlot(podSpecOf(workload), containerName)?.container ?? {};
    const mounts = field(container, 'volumeMounts');
    return {
      workload: mountVolume(workload, containerName, {
        name: volumeName,
        mountPath: defaultMountPath(container, volumeName),
      }),
      result: isJsonArray(mounts) ? mounts.length : 0,
    };
  });
  if (mountIndex === null) return null;
  const id = mountEntityId(containerName, mountIndex);
  store.getState().select([id], 'panel');
  return id;
}

/**
 * Ends the drag of an init container or sidecar in its lane: moves it to `toIndex` of
 * `initContainers` (its run order) as one undo step, and lets it snap into its lane slot.
 */
export function dropInitContainer(store: DesignerStore, containerName: string, toIndex: number): void {
  // The drag moved the node as view state only: go back to the positions before the drag.
  store.getState().cancelDrag();
  reorderInitContainer(store, containerName, toIndex);
  store.getState().forgetPositions([containerEntityId(containerName)]);
}

/**
 * Moves an init container or sidecar to `toIndex` of `initContainers` (its run order) as one undo
 * step. The drag on the canvas and the inspector's "Start earlier" / "Start later" both come here.
 */
export function reorderInitContainer(store: DesignerStore, containerName: string, toIndex: number): boolean {
  const slot = findContainerSlot(podSpecOf(selectCurrentWorkload(store.getState())?.object ?? {}), containerName);
  if (slot?.listKey !== 'initContainers' || slot.index === toIndex) return false;
  return store
    .getState()
    .updateWorkload(`Reorder ${containerName}`, (workload) => moveInitContainer(workload, slot.index, toIndex), {
      select: [containerEntityId(containerName)],
    });
}

const ROLE_NAMES: Record<ContainerRole, string> = {
  app: 'an app container',
  init: 'an init container',
  sidecar: 'a sidecar',
};

/** Makes a container an app container, an init container or a native sidecar (its lane changes). */
export function changeRole(store: DesignerStore, containerName: string, role: ContainerRole): boolean {
  const done = store
    .getState()
    .updateWorkload(
      `Make ${containerName} ${ROLE_NAMES[role]}`,
      (workload) => changeContainerRole(workload, containerName, role),
      {
        select: [containerEntityId(containerName)],
      },
    );
  if (done) store.getState().forgetPositions([containerEntityId(containerName)]);
  return done;
}

/** Copies a container next to the original with a unique name, and selects the copy. */
export function duplicateContainerCommand(store: DesignerStore, containerName: string): EntityId | null {
  const copy = store.getState().updateWorkloadFor(`Duplicate ${containerName}`, (workload) => {
    const duplicated = duplicateContainer(workload, containerName);
    return { workload: duplicated.workload, result: duplicated.name };
  });
  if (copy === null) return null;
  const id = containerEntityId(copy);
  store.getState().select([id], 'panel');
  return id;
}
