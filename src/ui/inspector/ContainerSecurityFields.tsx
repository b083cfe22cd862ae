import { getAtPath } from '../../model/valueAtPath';
import { isJsonArray, type JsonObject } from '../../model/jsonValue';
import { integerProblem } from '../../store/fieldChecks';
import { BooleanField } from './fields/BooleanField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import type { FieldSetter } from './useFieldSetter';

const CAPABILITY = /^[A-Za-z_]+$/;

/** The container's securityContext fields people set most (the rest are kept as is). */
export function ContainerSecurityFields({
  containerName,
  container,
  set,
}: {
  containerName: string;
  container: JsonObject;
  set: FieldSetter;
}) {
  const at = (key: string) => getAtPath(container, ['securityContext', key]);
  const drop = getAtPath(container, ['securityContext', 'capabilities', 'drop']);
  const dropText = isJsonArray(drop) ? drop.filter((item) => typeof item === 'string').join(', ') : '';
  return (
    <>
      <BooleanField
        label="Run as non-root"
        value={at('runAsNonRoot')}
        onChange={(value) => set(`Set runAsNonRoot of ${containerName}`, ['securityContext', 'runAsNonRoot'], value)}
      />
      <NumberField
        label="Run as user"
        value={at('runAsUser')}
        check={integerProblem(0, 2147483647)}
        onCommit={(value) => set(`Set runAsUser of ${containerName}`, ['securityContext', 'runAsUser'], value)}
      />
      <BooleanField
        label="Read-only root filesystem"
        value={at('readOnlyRootFilesystem')}
        onChange={(value) =>
          set(`Set readOnlyRootFilesystem of ${containerName}`, ['securityContext', 'readOnlyRootFilesystem'], value)
        }
      />
      <BooleanField
        label="Allow privilege escalation"
        value={at('allowPrivilegeEscalation')}
        onChange={(value) =>
          set(
            `Set allowPrivilegeEscalation of ${containerName}`,
            ['securityContext', 'allowPrivilegeEscalation'],
            value,
          )
        }
      />
      <TextField
        label="Drop capabilities"
        value={dropText}
        placeholder="ALL"
        monospace
        hint="Comma-separated, such as ALL."
        check={(text) =>
          text
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
            .every((item) => CAPABILITY.test(item))
            ? null
            : 'Capabilities are names such as ALL or NET_RAW.'
        }
        onCommit={(text) => {
          const items = text
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean);
          set(
            `Set dropped capabilities of ${containerName}`,
            ['securityContext', 'capabilities', 'drop'],
            items.length ? items : undefined,
          );
        }}
      />
    </>
  );
}
