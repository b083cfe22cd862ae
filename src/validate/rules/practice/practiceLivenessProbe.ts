import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { probedContainers } from '../../support/workloads/podRunsToCompletion';
import { describeContainer } from '../../support/containers/podContainers';

/** Advice: long-running containers that serve traffic may want a liveness probe. */
export const practiceLivenessProbeRule = defineRule({
  id: 'practice/liveness-probe',
  severity: 'info',
  title: 'Consider a liveness probe for servers',
  why: 'Kubernetes restarts a container by itself only when its process exits; a liveness probe also restarts one that hangs (a deadlock, a full thread pool). Let it check only the process itself, never a database or another service, or one outage restarts every pod.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of probedContainers(context)) {
      const probe = field(slot.container, 'livenessProbe');
      if (probe !== undefined && probe !== null) continue;
      if (declaredPorts(slot.container).length === 0) continue;
      report({
        path: [...slot.path, 'livenessProbe'],
        message: `The ${describeContainer(slot)} has no liveness probe, so it is restarted only if its process exits.`,
      });
    }
  },
});
