import { containerEntityId, mountEntityId, volumeEntityId } from '../../model/entityId';
import { field, type JsonObject } from '../../model/jsonValue';
import { deleteEntities } from '../../store/commands/podCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
import { TextField } from './fields/TextField';
import { unmodelledFields } from './unmodelledFields';
import { asText, textOrRemove, useFieldSetter } from './useFieldSetter';

/** The form of a volume mount: where and how a container sees a volume. */
export function MountForm({
  containerName,
  index,
  mount,
  mountPaths,
}: {
  containerName: string;
  index: number;
  mount: JsonObject;
  mountPaths: readonly string[];
}) {
  const store = useDesignerStore();
  const set = useFieldSetter(mountEntityId(containerName, index));
  const volume = asText(field(mount, 'name'));
  const path = asText(field(mount, 'mountPath'));
  const readOnly = field(mount, 'readOnly') === true;
  return (
    <form
      className="inspector-form"
      aria-label={`Mount of ${volume} in ${containerName}`}
      onSubmit={(event) => event.preventDefault()}
    >
      <InspectorSection title="Mount">
        <p className="inspector-fact">
          Volume{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => store.getState().select([volumeEntityId(volume)], 'panel')}
          >
            {volume}
          </button>{' '}
          in container{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => store.getState().select([containerEntityId(containerName)], 'panel')}
          >
            {containerName}
          </button>
        </p>
        <TextField
          label="Mount path"
          value={path}
          monospace
          check={(text) => {
            if (!text.startsWith('/')) return 'A mount path is absolute, such as /data.';
            if (text !== path && mountPaths.includes(text)) return 'Another mount of this container uses this path.';
            return null;
          }}
          onCommit={(text) => set(`Mount ${volume} at ${text} in ${containerName}`, ['mountPath'], text)}
        />
        <div className="field field--check">
          <input
            id={`mount-read-only-${containerName}-${index}`}
            type="checkbox"
            checked={readOnly}
            onChange={(event) =>
              set(
                `Mount ${volume} ${event.target.checked ? 'read-only' : 'read-write'} in ${containerName}`,
                ['readOnly'],
                event.target.checked ? true : undefined,
              )
            }
          />
          <label htmlFor={`mount-read-only-${containerName}-${index}`}>Read only</label>
        </div>
        <TextField
          label="Sub path"
          value={asText(field(mount, 'subPath'))}
          monospace
          hint="Mount one file or folder of the volume instead of all of it."
          check={(text) =>
            text.startsWith('/')
              ? 'A sub path is relative to the volume.'
              : text.split('/').includes('..')
                ? 'A sub path may not contain "..".'
                : null
          }
          onCommit={(text) => set(`Set sub path of ${volume} in ${containerName}`, ['subPath'], textOrRemove(text))}
        />
        <div className="button-row">
          <button type="button" onClick={() => deleteEntities(store, [mountEntityId(containerName, index)])}>
            Unmount
          </button>
        </div>
      </InspectorSection>
      <KeptAsIs
        fields={unmodelledFields(mount, { name: true, mountPath: true, readOnly: true, subPath: true })}
        what="this mount"
      />
    </form>
  );
}
