import { mountEntityId, volumeEntityId } from '../../model/entityId';
import { listContainerSlots } from '../../model/containers';
import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import type { VolumeEntry } from '../../model/volumes';
import { volumeSourceType } from '../../model/volumes';
import { volumeRenameProblem } from '../../store/fieldChecks';
import { connectVolumeToContainer } from '../../store/commands/canvasCommands';
import { renameVolumeCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
import { PickAndApply } from './fields/PickAndApply';
import { TextField } from './fields/TextField';
import { unmodelledFields } from './unmodelledFields';
import { asText, useFieldSetter } from './useFieldSetter';
import { VolumeSourceFields, MODELLED_SOURCE_FIELDS } from './VolumeSourceFields';

/** The form of a volume: its name (mounts follow a rename) and the fields of its source type. */
export function VolumeForm({ entry, podSpec }: { entry: VolumeEntry; podSpec: JsonObject }) {
  const store = useDesignerStore();
  const { name, volume } = entry;
  const set = useFieldSetter(volumeEntityId(name));
  const type = volumeSourceType(volume);
  const modelled = MODELLED_SOURCE_FIELDS[type];
  const kept = modelled ? unmodelledFields(field(volume, type), modelled, `${type}.`) : [];
  const mounts = listContainerSlots(podSpec).flatMap((slot) => {
    const list = field(slot.container, 'volumeMounts');
    return isJsonArray(list)
      ? list.flatMap((mount, index) =>
          field(mount, 'name') === name
            ? [{ container: slot.name, index, path: asText(field(mount, 'mountPath')) }]
            : [],
        )
      : [];
  });
  return (
    <form className="inspector-form" aria-label={`Volume ${name}`} onSubmit={(event) => event.preventDefault()}>
      <InspectorSection title={`Volume ${name}`}>
        <TextField
          label="Name"
          value={name}
          monospace
          hint="Mounts that use the volume follow a rename."
          check={(text) => volumeRenameProblem(podSpec, name, text)}
          onCommit={(text) => renameVolumeCommand(store, name, text)}
        />
        <p className="inspector-fact">
          Type: <code>{type}</code>
        </p>
      </InspectorSection>
      <InspectorSection title={`Source (${type})`}>
        <VolumeSourceFields type={type} volumeName={name} source={field(volume, type)} set={set} />
      </InspectorSection>
      <InspectorSection title="Mounted by">
        {mounts.length === 0 ? (
          <p className="field__hint">No container mounts this volume yet.</p>
        ) : (
          <ul className="link-list">
            {mounts.map((mount) => (
              <li key={`${mount.container}:${mount.index}`}>
                <button
                  type="button"
                  onClick={() => store.getState().select([mountEntityId(mount.container, mount.index)], 'panel')}
                >
                  {mount.container} at {mount.path}
                </button>
              </li>
            ))}
          </ul>
        )}
        <PickAndApply
          label="Mount in container"
          options={listContainerSlots(podSpec)
            .filter((slot) => !mounts.some((mount) => mount.container === slot.name))
            .map((slot) => ({ value: slot.name, label: slot.name }))}
          action="Mount"
          hint={`Mounted at /mnt/${name}; change the path in the mount's form.`}
          onApply={(container) => connectVolumeToContainer(store, name, container)}
        />
      </InspectorSection>
      <KeptAsIs fields={[...kept, ...unmodelledFields(volume, { name: true, [type]: true })]} what={`volume ${name}`} />
    </form>
  );
}
