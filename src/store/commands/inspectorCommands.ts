import { findContainerSlot, type ProbeKind } from '../../model/containers';
import type { DataPath } from '../../model/dataPath';
import { containerEntityId, volumeEntityId, type EntityId } from '../../model/entityId';
import { entityPath } from '../../model/entityPaths';
import { field, isJsonArray, type JsonObject, type JsonValue } from '../../model/jsonValue';
import { removeProbe } from '../../model/operations/removeProbe';
import { renameContainer } from '../../model/operations/renameContainer';
import { renamePort } from '../../model/operations/renamePort';
import { renameVolume } from '../../model/operations/renameVolume';
import { setEntityField } from '../../model/operations/setEntityField';
import { setMapEntryAtPath, type MapEntryEdit } from '../../model/operations/setMapEntry';
import { setPodLabel } from '../../model/operations/setPodLabel';
import { labelFollowers, setPodLabelWithServices } from '../../model/operations/setPodLabelWithServices';
import { setProbe } from '../../model/operations/setProbe';
import { getAtPath } from '../../model/valueAtPath';
import { podSpecOf } from '../../model/workloads';
import type { DesignerStore } from '../designerStore';
import { containerRenameProblem, portRenameProblem, volumeRenameProblem } from '../fieldChecks';
import { selectCurrentWorkload, selectManifest } from '../selectors';

/**
 * Commands of the inspector. Each is one undo step with a label that says what changed, and
 * writes the YAML as a minimal patch. Renames return why they could not be done (null when done).
 */

/** Sets (or with `undefined` removes) one field of the entity `id`; see setEntityField. */
export function setInspectorField(
  store: DesignerStore,
  label: string,
  id: EntityId,
  path: DataPath,
  value: JsonValue | undefined,
  keep = 0,
): boolean {
  return store.getState().updateWorkload(label, (workload) => setEntityField(workload, id, path, value, keep));
}

/** Appends `item` to the list at `path` of the entity (creating the list). */
export function appendInspectorListItem(
  store: DesignerStore,
  label: string,
  id: EntityId,
  path: DataPath,
  item: JsonValue,
): boolean {
  return store.getState().updateWorkload(label, (workload) => {
    const base = entityPath(workload, id) ?? [];
    const list = getAtPath(workload, [...base, ...path]);
    return setEntityField(workload, id, [...path, isJsonArray(list) ? list.length : 0], item);
  });
}

function currentPodSpec(store: DesignerStore): JsonObject {
  const workload = selectCurrentWorkload(store.getState());
  return workload ? podSpecOf(workload.object) : {};
}

export function renameContainerCommand(store: DesignerStore, from: string, to: string): string | null {
  const problem = containerRenameProblem(currentPodSpec(store), from, to);
  if (problem || from === to) return problem;
  store
    .getState()
    .updateWorkload(`Rename container ${from} to ${to}`, (workload) => renameContainer(workload, from, to), {
      select: [containerEntityId(to)],
    });
  return null;
}

export function renameVolumeCommand(store: DesignerStore, from: string, to: string): string | null {
  const problem = volumeRenameProblem(currentPodSpec(store), from, to);
  if (problem || from === to) return problem;
  store.getState().updateWorkload(`Rename volume ${from} to ${to}`, (workload) => renameVolume(workload, from, to), {
    select: [volumeEntityId(to)],
  });
  return null;
}

/** Names port `portIndex` of a container `to` ('' removes the name); probes and hooks follow. */
export function renamePortCommand(
  store: DesignerStore,
  containerName: string,
  portIndex: number,
  to: string,
): string | null {
  const slot = findContainerSlot(currentPodSpec(store), containerName);
  const problem = portRenameProblem(slot?.container ?? {}, portIndex, to);
  if (problem) return problem;
  const label = to === '' ? `Remove the name of a port of ${containerName}` : `Name a port of ${containerName} "${to}"`;
  store.getState().updateWorkload(label, (workload) => renamePort(workload, containerName, portIndex, to));
  return null;
}

/**
 * Adds, renames, changes or removes a label of the pod. When the controller's selector or a
 * Service of the file selects the pods through that label, the user is asked first (a dialog
 * offering to update them too, or only the label): `follow` is that answer.
 */
export function editPodLabelCommand(store: DesignerStore, edit: MapEntryEdit, follow?: boolean): boolean {
  const state = store.getState();
  const workload = selectCurrentWorkload(state);
  if (!workload) return state.updateWorkload(mapEditLabel('pod label', edit), (object) => setPodLabel(object, edit));
  if (follow === undefined) {
    const followers = labelFollowers(selectManifest(state), workload.ref, edit);
    if (followers.selector || followers.services.length > 0) {
      state.openDialog({ kind: 'podLabelFollowers', edit, followers, workloadKind: workload.kind });
      return false;
    }
  }
  // The selector and Services that follow the label change in the same undo step.
  return state.applyEdit(
    mapEditLabel('pod label', edit),
    (manifest) => setPodLabelWithServices(manifest, workload.ref, edit, follow ?? true).manifest,
  );
}

/** The same for any string map of the workload object (its own labels, annotations). */
export function editWorkloadMapCommand(
  store: DesignerStore,
  noun: string,
  path: DataPath,
  edit: MapEntryEdit,
): boolean {
  return store
    .getState()
    .updateWorkload(mapEditLabel(noun, edit), (workload) => setMapEntryAtPath(workload, path, edit));
}

function mapEditLabel(noun: string, edit: MapEntryEdit): string {
  if (edit.to === null) return `Remove ${noun} ${edit.from ?? ''}`.trim();
  if (edit.from === null) return `Add ${noun} ${edit.to}`;
  if (edit.from !== edit.to) return `Rename ${noun} ${edit.from} to ${edit.to}`;
  return `Set ${noun} ${edit.to}`;
}

const PROBE_NAMES: Record<ProbeKind, string> = {
  livenessProbe: 'liveness probe',
  readinessProbe: 'readiness probe',
  startupProbe: 'startup probe',
};

/** Adds a probe that checks the container's first port (HTTP on a named or numbered port). */
export function addProbeCommand(
  store: DesignerStore,
  containerName: string,
  kind: ProbeKind,
  container: JsonObject,
): boolean {
  const ports = field(container, 'ports');
  const first = isJsonArray(ports) ? ports[0] : undefined;
  const port = field(first, 'name') ?? field(first, 'containerPort') ?? 8080;
  const probe: JsonObject = kind === 'livenessProbe' ? { tcpSocket: { port } } : { httpGet: { path: '/', port } };
  return store
    .getState()
    .updateWorkload(`Add ${PROBE_NAMES[kind]} to ${containerName}`, (workload) =>
      setProbe(workload, containerName, kind, probe),
    );
}

export function removeProbeCommand(store: DesignerStore, containerName: string, kind: ProbeKind): boolean {
  return store
    .getState()
    .updateWorkload(
      `Remove ${PROBE_NAMES[kind]} of ${containerName}`,
      (workload) => removeProbe(workload, containerName, kind),
      { select: [containerEntityId(containerName)] },
    );
}
