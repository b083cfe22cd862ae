import type { ContainerSlot, ContainerRole } from '../../model/containers';
import { PROBE_KINDS } from '../../model/containers';
import { containerEntityId, mountEntityId, probeEntityId } from '../../model/entityId';
import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import { containerRenameProblem } from '../../store/fieldChecks';
import { volumeNames } from '../../model/volumes';
import { connectVolumeToContainer, reorderInitContainer } from '../../store/commands/canvasCommands';
import { changeRole } from '../../store/commands/canvasCommands';
import { addProbeCommand, renameContainerCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ContainerSecurityFields } from './ContainerSecurityFields';
import { EnvEditor } from './EnvEditor';
import { EnvFromEditor } from './EnvFromEditor';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
import { PickAndApply } from './fields/PickAndApply';
import { SelectField, withNotSet } from './fields/SelectField';
import { StringListField } from './fields/StringListField';
import { TextField } from './fields/TextField';
import { PortsEditor } from './PortsEditor';
import { PROBE_TITLES } from './probeTitles';
import { ResourcesFields } from './ResourcesFields';
import { unmodelledFields } from './unmodelledFields';
import { asText, textOrRemove, useFieldSetter } from './useFieldSetter';

const ROLES = [
  { value: 'app', label: 'App container' },
  { value: 'init', label: 'Init container (runs first, to completion)' },
  { value: 'sidecar', label: 'Sidecar (init container, restartPolicy: Always)' },
];

const ROLE_TITLES: Readonly<Record<ContainerRole, string>> = {
  app: 'Container',
  init: 'Init container',
  sidecar: 'Sidecar',
};

const MODELLED = {
  name: true,
  image: true,
  imagePullPolicy: true,
  command: true,
  args: true,
  workingDir: true,
  ports: true,
  env: true,
  envFrom: true,
  resources: ['requests', 'limits'],
  securityContext: ['runAsNonRoot', 'runAsUser', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation', 'capabilities'],
  restartPolicy: true,
  livenessProbe: true,
  readinessProbe: true,
  startupProbe: true,
  volumeMounts: true,
} as const;

/** The form of a container (app, init or sidecar). */
export function ContainerForm({ slot, podSpec }: { slot: ContainerSlot; podSpec: JsonObject }) {
  const store = useDesignerStore();
  const { name, container } = slot;
  const set = useFieldSetter(containerEntityId(name));
  const mounts = field(container, 'volumeMounts');
  const kept = unmodelledFields(container, MODELLED);
  // Only `drop` of the capabilities is edited here; `add` and the like are kept.
  const capabilityExtras = unmodelledFields(
    field(field(container, 'securityContext'), 'capabilities'),
    { drop: true },
    'securityContext.capabilities.',
  );
  return (
    <form className="inspector-form" aria-label={`Container ${name}`} onSubmit={(event) => event.preventDefault()}>
      <InspectorSection title={`${ROLE_TITLES[slot.role]} ${name}`}>
        <TextField
          label="Name"
          value={name}
          monospace
          check={(text) => containerRenameProblem(podSpec, name, text)}
          onCommit={(text) => renameContainerCommand(store, name, text)}
        />
        <SelectField
          label="Role"
          value={slot.role}
          options={ROLES}
          onChange={(role) => changeRole(store, name, role as ContainerRole)}
        />
        <TextField
          label="Image"
          value={asText(field(container, 'image'))}
          monospace
          placeholder="nginx:1.27"
          onCommit={(text) => set(`Set image of ${name}`, ['image'], textOrRemove(text))}
        />
        <SelectField
          label="Image pull policy"
          value={asText(field(container, 'imagePullPolicy'))}
          options={withNotSet(['IfNotPresent', 'Always', 'Never'])}
          onChange={(value) =>
            set(`Set image pull policy of ${name}`, ['imagePullPolicy'], value === '' ? undefined : value)
          }
        />
        <StringListField
          label="Command"
          value={field(container, 'command')}
          hint="Replaces the image's entrypoint. One item per line."
          onCommit={(items) => set(`Set command of ${name}`, ['command'], items)}
        />
        <StringListField
          label="Arguments"
          value={field(container, 'args')}
          onCommit={(items) => set(`Set arguments of ${name}`, ['args'], items)}
        />
        <TextField
          label="Working directory"
          value={asText(field(container, 'workingDir'))}
          monospace
          onCommit={(text) => set(`Set working directory of ${name}`, ['workingDir'], textOrRemove(text))}
        />
      </InspectorSection>
      {slot.listKey === 'initContainers' && <RunOrder slot={slot} podSpec={podSpec} />}
      <InspectorSection title="Ports">
        <PortsEditor containerName={name} container={container} set={set} />
      </InspectorSection>
      <InspectorSection title="Environment">
        <EnvEditor containerName={name} container={container} set={set} />
        <h4 className="inspector-subtitle">Variables from ConfigMaps and Secrets</h4>
        <EnvFromEditor containerName={name} container={container} set={set} />
      </InspectorSection>
      <InspectorSection title="Resources">
        <ResourcesFields containerName={name} container={container} set={set} />
      </InspectorSection>
      <InspectorSection title="Security">
        <ContainerSecurityFields containerName={name} container={container} set={set} />
      </InspectorSection>
      {slot.role !== 'init' && (
        <InspectorSection title="Probes">
          <ul className="link-list">
            {PROBE_KINDS.map((kind) => (
              <li key={kind}>
                {field(container, kind) !== undefined ? (
                  <button type="button" onClick={() => store.getState().select([probeEntityId(name, kind)], 'panel')}>
                    Edit {PROBE_TITLES[kind]}
                  </button>
                ) : (
                  <button type="button" onClick={() => addProbeCommand(store, name, kind, container)}>
                    Add {PROBE_TITLES[kind]}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </InspectorSection>
      )}
      <InspectorSection title="Mounts">
        {isJsonArray(mounts) && mounts.length > 0 ? (
          <ul className="link-list">
            {mounts.map((mount, index) => (
              <li key={index}>
                <button type="button" onClick={() => store.getState().select([mountEntityId(name, index)], 'panel')}>
                  Edit mount {asText(field(mount, 'mountPath')) || `#${index + 1}`} ({asText(field(mount, 'name'))})
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="field__hint">
            No volumes mounted. Connect a volume to the container on the canvas, or choose one here.
          </p>
        )}
        <PickAndApply
          label="Volume to mount"
          options={unmountedVolumes(podSpec, container).map((volume) => ({ value: volume, label: volume }))}
          action="Mount"
          hint="Mounted at /mnt/<volume>; change the path in the mount's form."
          onApply={(volume) => connectVolumeToContainer(store, volume, name)}
        />
      </InspectorSection>
      <KeptAsIs fields={[...kept, ...capabilityExtras]} what={`container ${name}`} />
    </form>
  );
}

/** Volumes of the pod that the container does not mount yet. */
function unmountedVolumes(podSpec: JsonObject, container: JsonObject): string[] {
  const mounts = field(container, 'volumeMounts');
  const mounted = new Set(isJsonArray(mounts) ? mounts.map((mount) => asText(field(mount, 'name'))) : []);
  return volumeNames(podSpec).filter((volume) => !mounted.has(volume));
}

/** Where an init container or sidecar is in the start order, with buttons to move it. */
function RunOrder({ slot, podSpec }: { slot: ContainerSlot; podSpec: JsonObject }) {
  const store = useDesignerStore();
  const list = field(podSpec, 'initContainers');
  const count = isJsonArray(list) ? list.length : 0;
  return (
    <InspectorSection title="Start order">
      <p className="inspector-fact">
        Starts {ordinal(slot.index + 1)} of {count} in <code>initContainers</code>: init containers and sidecars start
        one after another in this order.
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={slot.index === 0}
          onClick={() => reorderInitContainer(store, slot.name, slot.index - 1)}
        >
          Start earlier
        </button>
        <button
          type="button"
          disabled={slot.index >= count - 1}
          onClick={() => reorderInitContainer(store, slot.name, slot.index + 1)}
        >
          Start later
        </button>
      </div>
    </InspectorSection>
  );
}

/** @example ordinal(2) // '2nd' */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
