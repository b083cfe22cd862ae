import { field, isJsonArray, type JsonValue } from '../../model/jsonValue';
import { getAtPath } from '../../model/valueAtPath';
import { objectNameProblem, quantityProblem } from '../../store/fieldChecks';
import { BooleanField } from './fields/BooleanField';
import { NumberField } from './fields/NumberField';
import { SelectField, withNotSet } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { asText, textOrRemove, type FieldSetter } from './useFieldSetter';

/** Fields of each source type the form edits; the others are listed as kept. */
export const MODELLED_SOURCE_FIELDS: Readonly<Record<string, Readonly<Record<string, true | readonly string[]>>>> = {
  emptyDir: { medium: true, sizeLimit: true },
  configMap: { name: true, items: true, defaultMode: true },
  secret: { secretName: true, defaultMode: true },
  hostPath: { path: true, type: true },
  persistentVolumeClaim: { claimName: true, readOnly: true },
  downwardAPI: { items: true },
  ephemeral: { volumeClaimTemplate: ['spec'] },
};

const HOST_PATH_TYPES = [
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
];
const OCTAL_MODE = /^0?[0-7]{1,3}$/;
const modeProblem = (text: string) =>
  text.trim() === '' || OCTAL_MODE.test(text.trim()) ? null : 'A file mode is octal, 0000 to 0777, such as 0644.';
const requiredName = (text: string) => (text === '' ? 'A name is required.' : objectNameProblem(text));

/** Type-specific fields of a volume source. Writes keep the source key (`emptyDir: {}`). */
export function VolumeSourceFields({
  type,
  volumeName,
  source,
  set,
}: {
  type: string;
  volumeName: string;
  source: JsonValue | undefined;
  set: FieldSetter;
}) {
  const put = (what: string, path: (string | number)[], value: JsonValue | undefined) =>
    set(`Set ${what} of volume ${volumeName}`, [type, ...path], value, 1);
  switch (type) {
    case 'emptyDir':
      return (
        <>
          <SelectField
            label="Medium"
            value={asText(field(source, 'medium'))}
            options={withNotSet(['Memory'], 'Node disk (default)')}
            onChange={(value) => put('medium', ['medium'], value || undefined)}
          />
          <TextField
            label="Size limit"
            value={asText(field(source, 'sizeLimit'))}
            placeholder="1Gi"
            monospace
            check={quantityProblem}
            onCommit={(text) => put('size limit', ['sizeLimit'], textOrRemove(text))}
          />
        </>
      );
    case 'configMap':
      return (
        <>
          <TextField
            label="ConfigMap name"
            value={asText(field(source, 'name'))}
            monospace
            check={requiredName}
            onCommit={(text) => put('ConfigMap', ['name'], text)}
          />
          <NumberField
            label="Default file mode"
            octal
            value={field(source, 'defaultMode')}
            check={modeProblem}
            onCommit={(value) => put('file mode', ['defaultMode'], value)}
          />
          <KeyPathItems volumeName={volumeName} items={field(source, 'items')} put={put} />
        </>
      );
    case 'secret':
      return (
        <>
          <TextField
            label="Secret name"
            value={asText(field(source, 'secretName'))}
            monospace
            check={requiredName}
            onCommit={(text) => put('Secret', ['secretName'], text)}
          />
          <NumberField
            label="Default file mode"
            octal
            value={field(source, 'defaultMode')}
            check={modeProblem}
            onCommit={(value) => put('file mode', ['defaultMode'], value)}
          />
        </>
      );
    case 'hostPath':
      return (
        <>
          <TextField
            label="Path on the node"
            value={asText(field(source, 'path'))}
            monospace
            check={(text) => (text.startsWith('/') ? null : 'An absolute path on the node, such as /var/log.')}
            onCommit={(text) => put('path', ['path'], text)}
          />
          <SelectField
            label="Host path type"
            value={asText(field(source, 'type'))}
            options={withNotSet(HOST_PATH_TYPES, 'No check (default)')}
            onChange={(value) => put('type', ['type'], value || undefined)}
          />
        </>
      );
    case 'persistentVolumeClaim':
      return (
        <>
          <TextField
            label="Claim name"
            value={asText(field(source, 'claimName'))}
            monospace
            check={requiredName}
            onCommit={(text) => put('claim', ['claimName'], text)}
          />
          <BooleanField
            label="Read only"
            value={field(source, 'readOnly')}
            onChange={(value) => put('read only', ['readOnly'], value)}
          />
        </>
      );
    case 'downwardAPI':
      return <DownwardItems items={field(source, 'items')} put={put} />;
    case 'ephemeral':
      return (
        <>
          <TextField
            label="Storage class"
            value={asText(getAtPath(source, ['volumeClaimTemplate', 'spec', 'storageClassName']))}
            monospace
            check={objectNameProblem}
            onCommit={(text) =>
              put('storage class', ['volumeClaimTemplate', 'spec', 'storageClassName'], textOrRemove(text))
            }
          />
          <TextField
            label="Size"
            value={asText(getAtPath(source, ['volumeClaimTemplate', 'spec', 'resources', 'requests', 'storage']))}
            monospace
            placeholder="1Gi"
            check={(text) => (text === '' ? 'A size is required.' : quantityProblem(text))}
            onCommit={(text) =>
              put('size', ['volumeClaimTemplate', 'spec', 'resources', 'requests', 'storage'], text.trim())
            }
          />
        </>
      );
    case 'projected':
      return <ProjectedSummary source={source} />;
    default:
      return (
        <p className="field__hint">
          The inspector does not edit {type} volumes: its fields are kept as is; edit them in the YAML.
        </p>
      );
  }
}

type Put = (what: string, path: (string | number)[], value: JsonValue | undefined) => void;

/** `items` of a configMap volume: which keys become which files. */
function KeyPathItems({ volumeName, items, put }: { volumeName: string; items: JsonValue | undefined; put: Put }) {
  const list = isJsonArray(items) ? items : [];
  return (
    <div className="rows">
      <h4 className="inspector-subtitle">Files (all keys when empty)</h4>
      {list.map((item, index) => (
        <div className="row-card" key={index} role="group" aria-label={`File ${index + 1}`}>
          <TextField
            label={`Key of file ${index + 1}`}
            value={asText(field(item, 'key'))}
            monospace
            check={(text) => (text ? null : 'A key is required.')}
            onCommit={(text) => put('item key', ['items', index, 'key'], text)}
          />
          <TextField
            label={`Path of file ${index + 1}`}
            value={asText(field(item, 'path'))}
            monospace
            check={(text) => (text && !text.startsWith('/') ? null : 'A relative path is required.')}
            onCommit={(text) => put('item path', ['items', index, 'path'], text)}
          />
          <button type="button" onClick={() => put('items', ['items', index], undefined)}>
            Remove file {index + 1}
          </button>
        </div>
      ))}
      <TextField
        label={`New file key of ${volumeName}`}
        placeholder="Add a file: type a key"
        value=""
        monospace
        onCommit={(text) => (text === '' ? null : put('items', ['items', list.length], { key: text, path: text }))}
      />
    </div>
  );
}

/** `items` of a downwardAPI volume: files holding fields of the pod. */
function DownwardItems({ items, put }: { items: JsonValue | undefined; put: Put }) {
  const list = isJsonArray(items) ? items : [];
  return (
    <div className="rows">
      {list.map((item, index) => (
        <div className="row-card" key={index} role="group" aria-label={`File ${index + 1}`}>
          <TextField
            label={`Path of file ${index + 1}`}
            value={asText(field(item, 'path'))}
            monospace
            check={(text) => (text && !text.startsWith('/') ? null : 'A relative path is required.')}
            onCommit={(text) => put('item path', ['items', index, 'path'], text)}
          />
          {field(item, 'fieldRef') !== undefined ? (
            <TextField
              label={`Pod field of file ${index + 1}`}
              value={asText(getAtPath(item, ['fieldRef', 'fieldPath']))}
              monospace
              check={(text) => (text ? null : 'A field path is required.')}
              onCommit={(text) => put('item field', ['items', index, 'fieldRef', 'fieldPath'], text)}
            />
          ) : (
            <p className="field__hint">Resource field: kept as is.</p>
          )}
          <button type="button" onClick={() => put('items', ['items', index], undefined)}>
            Remove file {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          put('items', ['items', list.length], {
            path: list.length ? `labels-${list.length}` : 'labels',
            fieldRef: { fieldPath: 'metadata.labels' },
          })
        }
      >
        Add file
      </button>
    </div>
  );
}

/** A projected volume's sources, read only: what it gathers into one directory. */
function ProjectedSummary({ source }: { source: JsonValue | undefined }) {
  const sources = field(source, 'sources');
  const list = isJsonArray(sources) ? sources : [];
  return (
    <>
      <ul className="summary-list" aria-label="Projected sources">
        {list.map((item, index) => {
          const kind = Object.keys((item ?? {}) as object)[0] ?? 'unknown';
          const name = asText(field(field(item, kind), 'name')) || asText(field(field(item, kind), 'path'));
          return (
            <li key={index}>
              <code>{kind}</code>
              {name && ` ${name}`}
            </li>
          );
        })}
      </ul>
      <p className="field__hint">The sources are kept as is; edit them in the YAML.</p>
    </>
  );
}
