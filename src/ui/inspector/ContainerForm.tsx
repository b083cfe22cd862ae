import type { ContainerSlot, ContainerRole } from '../../model/containers';
import { PROBE_KINDS } from '../../model/containers';
import { containerEntityId, mountEntityId, probeEntityId } from '../../model/entityId';
import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import { containerRenameProblem } from '../../store/fieldChecks';
import { addProbeCommand, changeContainerRoleCommand, renameContainerCommand } from '../../store/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ContainerSecurityFields } from './ContainerSecurityFields';
import { EnvEditor } from './EnvEditor';
import { EnvFromEditor } from './EnvFromEditor';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
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

const ROLE_TITLES: Readonly<Record<ContainerRole, string>> = { app: 'Container', init: 'Init container', sidecar: 'Sidecar' };

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
  const capabilityExtras = unmodelledFields(field(field(container, 'securityContext'), 'capabilities'), { drop: true }, 'securityContext.capabilities.');
  return (
    <form className="inspector-form" aria-label={`Container ${name}`} onSubmit={(event) => event.preventDefault()}>
      <InspectorSection title={`${ROLE_TITLES[slot.role]} ${name}`}>
        <TextField label="Name" value={name} monospace check={(text) => containerRenameProblem(podSpec, name, text)} onCommit={(text) => renameContainerCommand(store, name, text)} />
        <SelectField label="Role" value={slot.role} options={ROLES} onChange={(role) => changeContainerRoleCommand(store, name, role as ContainerRole)} />
        <TextField label="Image" value={asText(field(container, 'image'))} monospace placeholder="nginx:1.27" onCommit={(text) => set(`Set image of ${name}`, ['image'], textOrRemove(text))} />
        <SelectField
          label="Image pull policy"
          value={asText(field(container, 'imagePullPolicy'))}
          options={withNotSet(['IfNotPresent', 'Always', 'Never'])}
          onChange={(value) => set(`Set image pull policy of ${name}`, ['imagePullPolicy'], value === '' ? undefined : value)}
        />
        <StringListField label="Command" value={field(container, 'command')} hint="Replaces the image's entrypoint. One item per line." onCommit={(items) => set(`Set command of ${name}`, ['command'], items)} />
        <StringListField label="Arguments" value={field(container, 'args')} onCommit={(items) => set(`Set arguments of ${name}`, ['args'], items)} />
        <TextField label="Working directory" value={asText(field(container, 'workingDir'))} monospace onCommit={(text) => set(`Set working directory of ${name}`, ['workingDir'], textOrRemove(text))} />
      </InspectorSection>
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
          <p className="field__hint">No volumes mounted. Connect the container to a volume on the canvas.</p>
        )}
      </InspectorSection>
      <KeptAsIs fields={[...kept, ...capabilityExtras]} what={`container ${name}`} />
    </form>
  );
}
