import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/** A container that declares port 22/TCP, the SSH port. */
export const practiceSshPortRule = defineRule({
  id: 'practice/ssh-port',
  severity: 'info',
  title: 'No SSH server in containers',
  why: 'An SSH server in a container is one more process, one more set of credentials to leak and one more way in. To get a shell use kubectl exec or kubectl debug, which go through the API server and its access control.',
  docsUrl: 'https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      for (const port of declaredPorts(slot.container)) {
        if (port.containerPort !== 22 || port.protocol !== 'TCP') continue;
        report({
          path: [...slot.path, 'ports', port.index, 'containerPort'],
          message: `The ${describeContainer(slot)} exposes port 22 (SSH); unless it is an SSH-based service such as a Git server, use kubectl exec instead.`,
        });
      }
    }
  },
});
