import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import {
  podSecurityContext,
  podSecurityContextPath,
  isWindowsPod,
} from '../../support/securityContext/securityContexts';

/** runAsGroup: 0 (the root group), set on a container or inherited from the pod. */
export const practiceRootGroupRule = defineRule({
  id: 'practice/root-group',
  severity: 'info',
  title: 'Do not run as the root group',
  why: 'Group 0 owns many files in a typical image and on the node; a process in the root group can read or change them even when it is not the root user. Use a non-zero group ID.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  check(context, report) {
    if (isWindowsPod(context)) return;
    const inheriting: string[] = [];
    const podGroup = field(podSecurityContext(context), 'runAsGroup');
    for (const slot of containersExceptEphemeral(context)) {
      const own = field(field(slot.container, 'securityContext'), 'runAsGroup');
      if (own === 0) {
        report({
          path: [...slot.path, 'securityContext', 'runAsGroup'],
          message: `The ${describeContainer(slot)} runs with group ID 0 (root).`,
        });
      } else if ((own === undefined || own === null) && podGroup === 0) {
        inheriting.push(describeContainer(slot));
      }
    }
    if (inheriting.length > 0) {
      report({
        path: [...podSecurityContextPath(context), 'runAsGroup'],
        message: `The pod sets runAsGroup: 0, so the ${inheriting.join(', ')} run${inheriting.length === 1 ? 's' : ''} with the root group.`,
      });
    }
  },
});
