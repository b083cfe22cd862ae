import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import { objectNameProblem } from '../../store/fieldChecks';
import { TextField } from './fields/TextField';
import { asText, textOrRemove, type FieldSetter } from './useFieldSetter';

const REF_KINDS = [
  { key: 'configMapRef', noun: 'ConfigMap' },
  { key: 'secretRef', noun: 'Secret' },
] as const;

/** Whole ConfigMaps and Secrets loaded as variables (envFrom), with an optional prefix. */
export function EnvFromEditor({
  containerName,
  container,
  set,
}: {
  containerName: string;
  container: JsonObject;
  set: FieldSetter;
}) {
  const envFrom = field(container, 'envFrom');
  const list = isJsonArray(envFrom) ? envFrom : [];
  return (
    <div className="rows">
      {list.map((entry, index) => {
        const kind = REF_KINDS.find((candidate) => field(entry, candidate.key) !== undefined);
        const title = `source ${index + 1}`;
        return (
          <div className="row-card" key={index} role="group" aria-label={`Variables from ${title}`}>
            {kind ? (
              <TextField
                label={`${kind.noun} of ${title}`}
                value={asText(field(field(entry, kind.key), 'name'))}
                monospace
                check={(text) => (text === '' ? 'Name the object.' : objectNameProblem(text))}
                onCommit={(text) =>
                  set(`Load variables of ${containerName} from ${text}`, ['envFrom', index, kind.key, 'name'], text)
                }
              />
            ) : (
              <p className="field__hint">Kept as is.</p>
            )}
            <TextField
              label={`Prefix of ${title}`}
              value={asText(field(entry, 'prefix'))}
              monospace
              onCommit={(text) => set(`Set the prefix of ${title}`, ['envFrom', index, 'prefix'], textOrRemove(text))}
            />
            <button
              type="button"
              onClick={() => set(`Remove variables from ${title} of ${containerName}`, ['envFrom', index], undefined)}
            >
              Remove {title}
            </button>
          </div>
        );
      })}
      <div className="button-row">
        {REF_KINDS.map((kind) => (
          <button
            key={kind.key}
            type="button"
            onClick={() =>
              set(`Load a ${kind.noun} into ${containerName}`, ['envFrom', list.length], {
                [kind.key]: { name: kind.key === 'configMapRef' ? 'app-config' : 'app-secret' },
              })
            }
          >
            Add {kind.noun}
          </button>
        ))}
      </div>
    </div>
  );
}
