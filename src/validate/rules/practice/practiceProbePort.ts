import { PROBE_KINDS } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, type JsonValue } from '../../../model/jsonValue';
import { isIanaServiceName } from '../../support/nameFormats';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

interface PortReference {
  readonly label: string;
  readonly path: DataPath;
  readonly port: JsonValue | undefined;
  /** A named port that cannot be resolved makes this check fail every time. */
  readonly fatal: boolean;
}

function portReferences(container: JsonValue): PortReference[] {
  const references: PortReference[] = [];
  for (const kind of PROBE_KINDS) {
    for (const handler of ['httpGet', 'tcpSocket', 'grpc'] as const) {
      const port = field(field(field(container, kind), handler), 'port');
      if (port !== undefined) references.push({ label: kind, path: [kind, handler, 'port'], port, fatal: true });
    }
  }
  for (const hook of ['postStart', 'preStop'] as const) {
    for (const handler of ['httpGet', 'tcpSocket'] as const) {
      const port = field(field(field(field(container, 'lifecycle'), hook), handler), 'port');
      // A failing postStart hook kills the container; a failing preStop hook is only logged.
      if (port !== undefined)
        references.push({
          label: `${hook} hook`,
          path: ['lifecycle', hook, handler, 'port'],
          port,
          fatal: hook === 'postStart',
        });
    }
  }
  return references;
}

/**
 * Probes and hooks that name a port the container does not declare. A named port must exist (the
 * kubelet resolves it in the container's ports); a number is only compared when ports are declared.
 */
export const practiceProbePortRule = defineRule({
  id: 'practice/probe-port',
  severity: 'error',
  title: "Probes target one of the container's ports",
  why: "The kubelet looks a named probe port up in the container's own ports list; if the name is not there the probe fails every time, so the container never becomes ready or is restarted forever. A number that no port declares is often a typo.",
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const ports = declaredPorts(slot.container);
      for (const reference of portReferences(slot.container)) {
        const path = [...slot.path, ...reference.path];
        if (typeof reference.port === 'string') {
          // A string that is not a port name ("8080" in quotes) is rejected by the API server already.
          if (!isIanaServiceName(reference.port) || ports.some((port) => port.name === reference.port)) continue;
          const names = ports.flatMap((port) => (port.name ? [`"${port.name}"`] : []));
          report({
            path,
            severity: reference.fatal ? 'error' : 'warning',
            message: `The ${reference.label} of the ${describeContainer(slot)} uses the port name "${reference.port}", but ${names.length > 0 ? `the container's named ports are ${names.join(', ')}` : 'the container has no named ports'}; it can never succeed.`,
          });
        } else if (
          typeof reference.port === 'number' &&
          ports.length > 0 &&
          !ports.some((port) => port.containerPort === reference.port)
        ) {
          report({
            path,
            severity: 'info',
            message: `The ${reference.label} of the ${describeContainer(slot)} checks port ${reference.port}, which is not among its declared ports (${[...new Set(ports.map((p) => p.containerPort))].join(', ')}); check for a typo.`,
          });
        }
      }
    }
  },
});
