import { findContainerSlot, PROBE_KINDS } from '../containers';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../jsonValue';
import { getAtPath, updateAtPath, withKey, withoutKey } from '../valueAtPath';
import { podSpecOf } from '../workloads';
import { OperationError, updateContainer } from './updatePodSpec';

/** The places in a container that refer to one of its ports: probes and lifecycle hooks. */
const HANDLER_PATHS = [
  ...PROBE_KINDS.map((kind) => [kind]),
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
] as const;
// gRPC probes take a port number only, so only these can name a port.
const PORT_HANDLERS = ['httpGet', 'tcpSocket'] as const;

/**
 * Renames (or names, or un-names with `to === ''`) a port of a container and updates every
 * probe and lifecycle hook of that container that refers to the port by its old name. A port
 * losing its name turns those references into the port number.
 */
export function renamePort(workload: JsonObject, containerName: string, portIndex: number, to: string): JsonObject {
  const slot = findContainerSlot(podSpecOf(workload), containerName);
  if (!slot) throw new OperationError(`There is no container named "${containerName}".`);
  const port = getAtPath(slot.container, ['ports', portIndex]);
  if (!isJsonObject(port)) throw new OperationError(`Container "${containerName}" has no port #${portIndex + 1}.`);
  const from = field(port, 'name');
  if (from === to || (from === undefined && to === '')) return workload;
  const ports = field(slot.container, 'ports');
  if (
    to !== '' &&
    isJsonArray(ports) &&
    ports.some((other, index) => index !== portIndex && field(other, 'name') === to)
  ) {
    throw new OperationError(`Container "${containerName}" already has a port named "${to}".`);
  }
  const number = field(port, 'containerPort');
  return updateContainer(workload, containerName, (container) => {
    let next = updateAtPath(container, ['ports', portIndex], (entry) =>
      to === '' ? withoutKey(entry as JsonObject, 'name') : withKey(entry as JsonObject, 'name', to),
    ) as JsonObject;
    if (typeof from !== 'string') return next;
    const replacement = to === '' ? (typeof number === 'number' ? number : undefined) : to;
    if (replacement === undefined) return next;
    for (const handlerPath of HANDLER_PATHS) {
      for (const handler of PORT_HANDLERS) {
        const path = [...handlerPath, handler, 'port'];
        if (getAtPath(next, path) === from) next = updateAtPath(next, path, () => replacement) as JsonObject;
      }
    }
    return next;
  });
}
