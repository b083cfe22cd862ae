import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import { portNumberProblem } from '../../store/fieldChecks';
import { renamePortCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { SelectField, withNotSet } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { asText, type FieldSetter } from './useFieldSetter';

/** The container's ports: name (renaming updates probes), number, protocol; add and remove. */
export function PortsEditor({
  containerName,
  container,
  set,
}: {
  containerName: string;
  container: JsonObject;
  set: FieldSetter;
}) {
  const store = useDesignerStore();
  const ports = field(container, 'ports');
  const list = isJsonArray(ports) ? ports : [];
  const used = list.map((port) => field(port, 'containerPort'));
  const nextFree = () => {
    let candidate = 8080;
    while (used.includes(candidate)) candidate++;
    return candidate;
  };
  return (
    <div className="rows">
      {list.length === 0 && <p className="field__hint">No ports declared.</p>}
      {list.map((port, index) => {
        const number = field(port, 'containerPort');
        const title = `port ${index + 1}`;
        return (
          <div className="row-card" key={index} role="group" aria-label={`Port ${index + 1}`}>
            <TextField
              label={`Name of ${title}`}
              value={asText(field(port, 'name'))}
              monospace
              hint="Probes that use the name follow a rename."
              onCommit={(text) => renamePortCommand(store, containerName, index, text.trim())}
            />
            <TextField
              label={`Number of ${title}`}
              value={asText(number)}
              inputMode="numeric"
              check={portNumberProblem}
              onCommit={(text) =>
                set(
                  `Set port of ${containerName} to ${text.trim()}`,
                  ['ports', index, 'containerPort'],
                  Number(text.trim()),
                )
              }
            />
            <SelectField
              label={`Protocol of ${title}`}
              value={asText(field(port, 'protocol'))}
              options={withNotSet(['TCP', 'UDP', 'SCTP'], 'TCP (default)')}
              onChange={(value) =>
                set(
                  `Set protocol of a port of ${containerName}`,
                  ['ports', index, 'protocol'],
                  value === '' ? undefined : value,
                )
              }
            />
            <button
              type="button"
              onClick={() =>
                set(
                  `Remove port ${asText(field(port, 'name')) || asText(number)} of ${containerName}`,
                  ['ports', index],
                  undefined,
                )
              }
            >
              Remove {title}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => set(`Add a port to ${containerName}`, ['ports', list.length], { containerPort: nextFree() })}
      >
        Add port
      </button>
    </div>
  );
}
