import type { ProbeKind } from './containers';
import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';

/**
 * A sensible first probe for a container, which a person then adjusts: an HTTP GET on its first
 * port (when the port is unnamed or named like a web port; scheme HTTPS on a port named https or
 * tls), a TCP check of a first port named
 * otherwise (a database, a queue), and a placeholder exec probe, flagged by the validator, when
 * there is no TCP port to check.
 * Startup probes get a generous failure threshold, so a slow start is not killed.
 * @example defaultProbe({ name: 'web', ports: [{ containerPort: 8080 }] }, 'readinessProbe')
 *   // { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 10 }
 */
export function defaultProbe(container: JsonObject, kind: ProbeKind): JsonObject {
  const handler = defaultProbeHandler(container, kind);
  const timing: JsonObject =
    kind === 'startupProbe'
      ? { periodSeconds: 5, failureThreshold: 30 }
      : kind === 'livenessProbe'
        ? { periodSeconds: 10, failureThreshold: 3 }
        : { periodSeconds: 10 };
  return { ...handler, ...timing };
}

function defaultProbeHandler(container: JsonObject, kind: ProbeKind): JsonObject {
  const ports = field(container, 'ports');
  const port = isJsonArray(ports) ? ports.find(isJsonObject) : undefined;
  const number = field(port, 'containerPort');
  if (typeof number === 'number') {
    const protocol = field(port, 'protocol');
    if (protocol === 'UDP' || protocol === 'SCTP') return { exec: { command: PLACEHOLDER_CHECK } };
    const name = field(port, 'name');
    // A port named https or tls serves TLS: a plain HTTP request to it fails every time.
    if (typeof name === 'string' && /(^|-)(https|tls)(-|$)/i.test(name))
      return { httpGet: { path: kind === 'readinessProbe' ? '/ready' : '/healthz', port: number, scheme: 'HTTPS' } };
    const looksHttp = name === undefined || (typeof name === 'string' && /http|web|api|metrics/i.test(name));
    if (looksHttp)
      return {
        httpGet: {
          path: kind === 'livenessProbe' ? '/healthz' : kind === 'readinessProbe' ? '/ready' : '/healthz',
          port: number,
        },
      };
    return { tcpSocket: { port: number } };
  }
  return { exec: { command: PLACEHOLDER_CHECK } };
}

/**
 * The check for a container with no TCP port to probe. Nothing generic can tell whether such a
 * container is healthy (the kubelet already restarts it when its process exits), and a check that
 * fails until the app does something (`cat /tmp/healthy`) would restart a working container
 * forever. So the probe passes, says in its own text that it is a placeholder, and the validator
 * flags it (practice/placeholder-probe) until the person writes a real check.
 */
const PLACEHOLDER_CHECK = ['sh', '-c', 'exit 0  # placeholder: replace with a check that fails when unhealthy'];
