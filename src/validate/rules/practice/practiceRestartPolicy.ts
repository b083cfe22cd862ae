import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { containersExceptEphemeral } from '../../support/containers/podContainers';

/**
 * A bare Pod that serves traffic (declares ports) with restartPolicy: Never. An omitted
 * restartPolicy is Always and is fine.
 */
export const practiceRestartPolicyRule = defineRule({
  id: 'practice/restart-policy',
  severity: 'info',
  title: 'Servers are restarted when they exit',
  why: 'With restartPolicy: Never a container that crashes stays dead: the pod ends as Failed and keeps nothing running. Servers want the default, Always; Never and OnFailure are for tasks (better run as a Job).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  appliesTo: 'workload',
  check(context, report) {
    if (context.workload?.kind !== 'Pod' || field(context.podSpec, 'restartPolicy') !== 'Never') return;
    const servers = containersExceptEphemeral(context).filter(
      (slot) => slot.role === 'app' && declaredPorts(slot.container).length > 0,
    );
    if (servers.length === 0) return;
    report({
      path: [...context.podSpecPath, 'restartPolicy'],
      message: `This pod serves ports (${servers.map((slot) => `"${slot.name}"`).join(', ')}) but has restartPolicy: Never, so it is not restarted if it crashes.`,
    });
  },
});
