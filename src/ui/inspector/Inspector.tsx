import { findContainerSlot } from '../../model/containers';
import { parseEntityId, type EntityId } from '../../model/entityId';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../model/jsonValue';
import type { WorkloadKind } from '../../model/workloadKinds';
import { findVolume } from '../../model/volumes';
import { listClaimTemplates } from '../../model/claimTemplates';
import { listContainerSlots } from '../../model/containers';
import { containerRenameProblem, volumeRenameProblem } from '../../store/fieldChecks';
import { ClaimTemplateFacts } from './ClaimTemplateFacts';
import { DuplicateNameForm } from './DuplicateNameForm';
import { getObject, podSpecOf, workloadKindOf, type ObjectRef } from '../../model/workloads';
import { parseMapEntityId } from '../../graph/mapEntityId';
import { ServiceForm } from './ServiceForm';
import { selectCurrentWorkload, selectIsStale, selectManifest } from '../../store/selectors';
import { PanelRightClose } from 'lucide-react';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import { ContainerForm } from './ContainerForm';
import { MountForm } from './MountForm';
import { PodForm } from './PodForm';
import { ProbeForm } from './ProbeForm';
import { VolumeForm } from './VolumeForm';
import './inspector.css';

/** The inspector: a form for what is selected; the pod's form when nothing is. */
export function Inspector() {
  const store = useDesignerStore();
  const workload = useDesigner(selectCurrentWorkload);
  const stale = useDesigner(selectIsStale);
  const selectedIds = useDesigner((state) => state.selection.ids);
  const selected = selectedIds.length === 1 ? selectedIds[0]! : null;
  const mapObject = selected ? parseMapEntityId(selected) : null;
  return (
    <aside className="inspector" aria-label="Inspector">
      <header className="pane-header">
        <h2>Inspector</h2>
        {selectedIds.length > 0 && workload && (
          <button type="button" className="inspector__pod-button" onClick={() => store.getState().select([], 'panel')}>
            Show {workload.kind === 'Pod' ? 'pod' : workload.kind}
          </button>
        )}
        <CommandButton id="view.inspector" icon={PanelRightClose} iconOnly label="Hide inspector" showsState={false} />
      </header>
      {stale && (
        <p className="inspector__stale" role="status">
          The YAML has an error: fix it in the editor to edit here again.
        </p>
      )}
      <fieldset className="inspector__body" disabled={stale}>
        <legend className="visually-hidden">Settings of the selection</legend>
        {mapObject ? (
          <MapObjectForm objectRef={mapObject} />
        ) : !workload ? (
          <p className="inspector__hint">Drag a container from the palette to start a pod; its settings appear here.</p>
        ) : selectedIds.length > 1 ? (
          <p className="inspector__hint">{selectedIds.length} items selected. Select one to edit it.</p>
        ) : (
          <SelectionForm key={selected ?? 'pod'} id={selected} kind={workload.kind} object={workload.object} />
        )}
      </fieldset>
    </aside>
  );
}

function SelectionForm({ id, kind, object }: { id: EntityId | null; kind: WorkloadKind; object: JsonObject }) {
  const entity = id ? parseEntityId(id) : null;
  const podSpec = podSpecOf(object);
  const gone = <p className="inspector__hint">The selected item is no longer in the pod.</p>;
  switch (entity?.type) {
    case undefined:
    case 'pod':
      return <PodForm kind={kind} workload={object} />;
    case 'container': {
      const slot = findContainerSlot(podSpec, entity.name, entity.occurrence);
      if (slot && entity.occurrence > 1)
        return (
          <DuplicateNameForm
            id={id!}
            what="container"
            name={slot.name}
            problemOf={(text) => containerRenameProblem(podSpec, slot.name, text)}
          />
        );
      return slot ? <ContainerForm slot={slot} podSpec={podSpec} /> : gone;
    }
    case 'volume': {
      const entry = findVolume(podSpec, entity.name, entity.occurrence);
      if (entry && entity.occurrence > 1)
        return (
          <DuplicateNameForm
            id={id!}
            what="volume"
            name={entry.name}
            problemOf={(text) => volumeRenameProblem(podSpec, entry.name, text)}
          />
        );
      if (!entry && mountsName(podSpec, entity.name))
        return (
          <p className="inspector__hint">
            No volume is named <code>{entity.name}</code>, yet a container mounts it: add a volume of that name, or
            change the mount to one that exists.
          </p>
        );
      return entry ? <VolumeForm entry={entry} podSpec={podSpec} /> : gone;
    }
    case 'claim': {
      const claim = listClaimTemplates(object).find(
        (template) => template.name === entity.name && template.occurrence === entity.occurrence,
      );
      const name = field(field(object, 'metadata'), 'name');
      return claim ? (
        <ClaimTemplateFacts claim={claim} podSpec={podSpec} workloadName={typeof name === 'string' ? name : ''} />
      ) : (
        gone
      );
    }
    case 'mount': {
      const slot = findContainerSlot(podSpec, entity.container);
      const mounts = field(slot?.container, 'volumeMounts');
      const mount = isJsonArray(mounts) ? mounts[entity.index] : undefined;
      if (!isJsonObject(mount) || !isJsonArray(mounts)) return gone;
      const otherPaths = mounts
        .filter((_other, index) => index !== entity.index)
        .map((other) => String(field(other, 'mountPath') ?? ''));
      return <MountForm containerName={entity.container} index={entity.index} mount={mount} mountPaths={otherPaths} />;
    }
    case 'probe': {
      const slot = findContainerSlot(podSpec, entity.container);
      const probe = field(slot?.container, entity.probe);
      if (!slot || !isJsonObject(probe)) return gone;
      const ports = field(slot.container, 'ports');
      const first = isJsonArray(ports) ? ports[0] : undefined;
      const portNames = isJsonArray(ports)
        ? ports.map((port) => field(port, 'name')).filter((name): name is string => typeof name === 'string')
        : [];
      return (
        <ProbeForm
          containerName={slot.name}
          kind={entity.probe}
          probe={probe}
          portNames={portNames}
          defaultPort={field(first, 'name') ?? field(first, 'containerPort') ?? 8080}
        />
      );
    }
    case 'reference':
      return (
        <p className="inspector__hint">
          {entity.kind} <code>{entity.name}</code> is another object the pod refers to; edit it in the YAML.
        </p>
      );
  }
}

/** An object selected on the application map: a Service's form, or where to edit anything else. */
function MapObjectForm({ objectRef }: { objectRef: ObjectRef }) {
  const object = useDesigner((state) => getObject(selectManifest(state), objectRef));
  if (!object) return <p className="inspector__hint">The selected object is no longer in the file.</p>;
  if (field(object, 'kind') === 'Service')
    return <ServiceForm key={JSON.stringify(objectRef)} serviceRef={objectRef} service={object} />;
  const workload = workloadKindOf(object);
  return (
    <p className="inspector__hint">
      {String(field(object, 'kind') ?? 'This object')}{' '}
      <code>{String(field(field(object, 'metadata'), 'name') ?? '')}</code>
      {workload
        ? ': double-click its card (or press Enter) to design its pod.'
        : ' is kept as written; edit it in the YAML.'}
    </p>
  );
}

/** Whether any container mounts a volume of this name. */
function mountsName(podSpec: JsonObject, name: string): boolean {
  return listContainerSlots(podSpec).some((slot) => {
    const mounts = field(slot.container, 'volumeMounts');
    return isJsonArray(mounts) && mounts.some((mount) => field(mount, 'name') === name);
  });
}
