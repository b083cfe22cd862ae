import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { describeContainer, containersExceptEphemeral } from '../../../support/containers/podContainers';

function hostProcessOf(securityContext: unknown): boolean | undefined {
  const value = field(field(securityContext, 'windowsOptions'), 'hostProcess');
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * In a Windows pod with HostProcess containers, every container is one, the
 * pod uses hostNetwork, and container settings agree with the pod's.
 */
export const apiWindowsHostProcessRule = defineRule({
  id: 'api/windows-host-process',
  severity: 'error',
  title: 'HostProcess pods are all HostProcess, on the host network',
  why: "A Windows HostProcess container runs directly on the node like a process, not in a container sandbox; Kubernetes only supports pods where all containers do so and the pod uses the node's network.",
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
  appliesTo: 'workload',
  mirrors: ['core.validateWindowsHostProcessPod'],
  check(context, report) {
    const podHostProcess = hostProcessOf(field(context.podSpec, 'securityContext'));
    let hostProcessCount = 0;
    for (const slot of containersExceptEphemeral(context)) {
      const containerHostProcess = hostProcessOf(field(slot.container, 'securityContext'));
      if (
        podHostProcess !== undefined &&
        containerHostProcess !== undefined &&
        podHostProcess !== containerHostProcess
      ) {
        report({
          path: [...slot.path, 'securityContext', 'windowsOptions', 'hostProcess'],
          errorType: 'Invalid',
          message: `The ${describeContainer(slot)} sets hostProcess: ${containerHostProcess}, but the pod sets ${podHostProcess}; when both are set they must agree.`,
        });
      }
      if (containerHostProcess === true || (containerHostProcess === undefined && podHostProcess === true))
        hostProcessCount++;
    }
    if (hostProcessCount === 0) return;
    if (hostProcessCount !== containersExceptEphemeral(context).length) {
      report({
        path: context.podSpecPath,
        errorType: 'Invalid',
        message: 'If any container of the pod is a HostProcess container, all of them must be.',
      });
    }
    if (field(context.podSpec, 'hostNetwork') !== true) {
      report({
        path: [...context.podSpecPath, 'hostNetwork'],
        markerPath: context.podSpecPath,
        errorType: 'Invalid',
        message: 'A pod with HostProcess containers must set hostNetwork: true.',
      });
    }
  },
});
