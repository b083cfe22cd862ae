import type { ImageFacts } from '../../catalog/exercises/exercise';
import type { ProbeKind } from '../../model/containers';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../model/jsonValue';

/** The port number a probe's port (a number or a port name) means in this container, or null. */
function resolvePort(container: JsonObject, port: unknown): number | null {
  if (typeof port === 'number') return port;
  if (typeof port !== 'string') return null;
  if (/^\d+$/.test(port)) return Number(port);
  const ports = field(container, 'ports');
  if (!isJsonArray(ports)) return null;
  for (const entry of ports) {
    if (isJsonObject(entry) && field(entry, 'name') === port) {
      const number = field(entry, 'containerPort');
      return typeof number === 'number' ? number : null;
    }
  }
  return null;
}

/**
 * Why this probe of the container would fail, or null when it would pass (or the exercise does
 * not say enough about the image to know). A missing probe is a problem too.
 */
export function probeProblem(container: JsonObject, kind: ProbeKind, facts: ImageFacts | undefined): string | null {
  const probe = field(container, kind);
  if (!isJsonObject(probe)) return `it has no ${kind}`;
  const httpGet = field(probe, 'httpGet');
  const tcpSocket = field(probe, 'tcpSocket');
  const handler = isJsonObject(httpGet) ? httpGet : isJsonObject(tcpSocket) ? tcpSocket : null;
  if (!handler) {
    const others = ['exec', 'grpc'].filter((key) => field(probe, key) !== undefined);
    return others.length === 1 ? null : `its ${kind} has no handler (httpGet, tcpSocket, exec or grpc)`;
  }
  const portField = field(handler, 'port');
  const port = resolvePort(container, portField);
  if (port === null) return `its ${kind} asks for port "${String(portField)}", which the container does not declare`;
  if (facts?.listensOn !== undefined && port !== facts.listensOn)
    return `its ${kind} asks port ${port}, but the image listens on ${facts.listensOn}`;
  if (handler === httpGet && facts?.serves) {
    const pathField = field(httpGet, 'path');
    const path = (typeof pathField === 'string' && pathField !== '' ? pathField : '/').split('?')[0]!;
    if (!facts.serves.includes(path))
      return `its ${kind} asks for ${path}, which the image does not serve (it answers ${facts.serves.join(', ')})`;
  }
  return null;
}
