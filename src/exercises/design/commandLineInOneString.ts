import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';

/**
 * The container's command when its first element is a whole command line (`["tail -F /x"]`):
 * the kubelet runs no shell, so it looks for an executable named with the spaces and the
 * container cannot start. Null when the command is fine or absent.
 * @example commandLineInOneString({ command: ['tail -F /var/log/app.log'] }) === 'tail -F /var/log/app.log'
 */
export function commandLineInOneString(container: JsonObject): string | null {
  const command = field(container, 'command');
  if (!isJsonArray(command)) return null;
  const first = command[0];
  return typeof first === 'string' && /\S\s+\S/.test(first.trim()) ? first : null;
}
