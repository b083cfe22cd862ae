import { getAtPath } from '../../model/valueAtPath';
import type { JsonObject } from '../../model/jsonValue';
import { quantityProblem } from '../../store/fieldChecks';
import { TextField } from './fields/TextField';
import { asText, textOrRemove, type FieldSetter } from './useFieldSetter';

const ROWS = [
  { group: 'requests', resource: 'cpu', label: 'CPU request', placeholder: '250m' },
  { group: 'requests', resource: 'memory', label: 'Memory request', placeholder: '128Mi' },
  { group: 'limits', resource: 'cpu', label: 'CPU limit', placeholder: '1' },
  { group: 'limits', resource: 'memory', label: 'Memory limit', placeholder: '256Mi' },
] as const;

/** Requests and limits of CPU and memory, checked as quantities before they are written. */
export function ResourcesFields({
  containerName,
  container,
  set,
}: {
  containerName: string;
  container: JsonObject;
  set: FieldSetter;
}) {
  return (
    <div className="field-grid">
      {ROWS.map((row) => (
        <TextField
          key={`${row.group}.${row.resource}`}
          label={row.label}
          value={asText(getAtPath(container, ['resources', row.group, row.resource]))}
          placeholder={row.placeholder}
          monospace
          check={quantityProblem}
          onCommit={(text) =>
            set(
              `Set ${row.label.toLowerCase()} of ${containerName}`,
              ['resources', row.group, row.resource],
              textOrRemove(text),
            )
          }
        />
      ))}
    </div>
  );
}
