import { field, isJsonArray, type JsonObject, type JsonValue } from '../../model/jsonValue';
import { envNameProblem, objectNameProblem } from '../../store/fieldChecks';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { asText, type FieldSetter } from './useFieldSetter';

type EnvSource = 'value' | 'configMapKeyRef' | 'secretKeyRef' | 'fieldRef';

const SOURCES = [
  { value: 'value', label: 'Plain value' },
  { value: 'configMapKeyRef', label: 'Key of a ConfigMap' },
  { value: 'secretKeyRef', label: 'Key of a Secret' },
  { value: 'fieldRef', label: 'Field of the pod' },
];

const POD_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.podIP',
  'status.hostIP',
];

function sourceOf(entry: JsonValue): EnvSource | string {
  const valueFrom = field(entry, 'valueFrom');
  if (valueFrom === undefined) return 'value';
  const kind = Object.keys(valueFrom as JsonObject)[0] ?? 'value';
  return kind;
}

/** A new entry of the chosen source, with a starting value the person then edits. */
function entryWithSource(name: string, source: string): JsonObject {
  switch (source) {
    case 'configMapKeyRef':
      return { name, valueFrom: { configMapKeyRef: { name: 'app-config', key: name } } };
    case 'secretKeyRef':
      return { name, valueFrom: { secretKeyRef: { name: 'app-secret', key: name } } };
    case 'fieldRef':
      return { name, valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } };
    default:
      return { name };
  }
}

/** Environment variables: a plain value, a ConfigMap or Secret key, or a field of the pod. */
export function EnvEditor({
  containerName,
  container,
  set,
}: {
  containerName: string;
  container: JsonObject;
  set: FieldSetter;
}) {
  const env = field(container, 'env');
  const list = isJsonArray(env) ? env : [];
  const names = list.map((entry) => field(entry, 'name'));
  return (
    <div className="rows">
      {list.map((entry, index) => {
        const name = asText(field(entry, 'name'));
        const source = sourceOf(entry);
        const at = (label: string, path: (string | number)[], value: JsonValue | undefined) =>
          set(label, ['env', index, ...path], value);
        const refPath = ['valueFrom', source];
        const ref = field(field(entry, 'valueFrom'), source);
        return (
          <div className="row-card" key={index} role="group" aria-label={`Variable ${name}`}>
            <TextField
              label={`Name of variable ${name}`}
              value={name}
              monospace
              check={(text) =>
                text !== name && names.includes(text) ? `There is already a variable ${text}.` : envNameProblem(text)
              }
              onCommit={(text) => at(`Rename variable ${name} of ${containerName}`, ['name'], text)}
            />
            {SOURCES.some((option) => option.value === source) ? (
              <SelectField
                label={`Source of variable ${name}`}
                value={source}
                options={SOURCES}
                onChange={(next) => set(`Take ${name} from ${next}`, ['env', index], entryWithSource(name, next))}
              />
            ) : (
              <p className="field__hint">
                Comes from <code>{source}</code>: kept as is.
              </p>
            )}
            {source === 'value' && (
              <TextField
                label={`Value of variable ${name}`}
                value={asText(field(entry, 'value'))}
                monospace
                onCommit={(text) => at(`Set ${name} of ${containerName}`, ['value'], text === '' ? undefined : text)}
              />
            )}
            {(source === 'configMapKeyRef' || source === 'secretKeyRef') && (
              <>
                <TextField
                  label={`${source === 'configMapKeyRef' ? 'ConfigMap' : 'Secret'} of variable ${name}`}
                  value={asText(field(ref, 'name'))}
                  monospace
                  check={(text) => (text === '' ? 'Name the object.' : objectNameProblem(text))}
                  onCommit={(text) => at(`Set the source of ${name}`, [...refPath, 'name'], text)}
                />
                <TextField
                  label={`Key of variable ${name}`}
                  value={asText(field(ref, 'key'))}
                  monospace
                  check={(text) => (text === '' ? 'Name the key.' : null)}
                  onCommit={(text) => at(`Set the key of ${name}`, [...refPath, 'key'], text)}
                />
              </>
            )}
            {source === 'fieldRef' && (
              <SelectField
                label={`Pod field of variable ${name}`}
                value={asText(field(ref, 'fieldPath'))}
                options={POD_FIELDS.map((path) => ({ value: path, label: path }))}
                onChange={(path) => at(`Set the field of ${name}`, [...refPath, 'fieldPath'], path)}
              />
            )}
            <button
              type="button"
              onClick={() => set(`Remove variable ${name} of ${containerName}`, ['env', index], undefined)}
            >
              Remove variable {name}
            </button>
          </div>
        );
      })}
      <TextField
        label="New variable name"
        placeholder="Add a variable: type its name"
        value=""
        monospace
        check={(text) =>
          text === '' ? null : names.includes(text) ? `There is already a variable ${text}.` : envNameProblem(text)
        }
        onCommit={(text) =>
          text === '' ? null : set(`Add variable ${text} to ${containerName}`, ['env', list.length], { name: text })
        }
      />
    </div>
  );
}
