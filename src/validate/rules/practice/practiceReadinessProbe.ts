import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { probedContainers } from '../../support/workloads/podRunsToCompletion';
import { describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/**
 * A readiness probe on long-running containers that serve traffic (declare ports): app containers
 * and native sidecars; not plain init containers, not Jobs.
 */
export const practiceReadinessProbeRule = defineRule({
  id: 'practice/readiness-probe',
  severity: 'warning',
  title: 'Containers that serve traffic have a readiness probe',
  why: 'Without a readiness probe a container counts as ready the moment its process starts, so Services send it requests while it is still starting up or after it stopped being able to answer; users see errors during every rollout.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of probedContainers(context)) {
      const probe = field(slot.container, 'readinessProbe');
      if (probe !== undefined && probe !== null) continue;
      const ports = declaredPorts(slot.container);
      if (ports.length === 0) continue;
      const tcp = ports.find((port) => port.protocol === 'TCP');
      const path = [...slot.path, 'readinessProbe'];
      report({
        path,
        message: `The ${describeContainer(slot)} listens on port ${ports.map((p) => p.containerPort).join(', ')} but has no readiness probe.`,
        ...(tcp
          ? {
              fix: setFieldFix(
                context,
                path,
                {
                  tcpSocket: { port: tcp.name ?? tcp.containerPort },
                  periodSeconds: 10,
                },
                `Add a TCP readiness probe on port ${tcp.name ?? tcp.containerPort}`,
              ),
            }
          : {}),
      });
    }
  },
});
