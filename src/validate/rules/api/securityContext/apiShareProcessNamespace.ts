import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';

/**
 * ShareProcessNamespace and hostPID cannot both be true. The server keeps
 * both in the pod security context internally, so it prints `spec.securityContext.shareProcessNamespace`.
 */
export const apiShareProcessNamespaceRule = defineRule({
  id: 'api/share-process-namespace',
  severity: 'error',
  title: 'shareProcessNamespace and hostPID exclude each other',
  why: "shareProcessNamespace gives the pod's containers one process namespace of their own, while hostPID puts them in the node's; a pod cannot have both.",
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  appliesTo: 'workload',
  mirrors: ['core.validatePodSpecSecurityContext'],
  check(context, report) {
    if (field(context.podSpec, 'shareProcessNamespace') !== true || field(context.podSpec, 'hostPID') !== true) return;
    report({
      path: [...context.podSpecPath, 'securityContext', 'shareProcessNamespace'],
      markerPath: [...context.podSpecPath, 'shareProcessNamespace'],
      errorType: 'Invalid',
      message: "shareProcessNamespace and hostPID cannot both be true: choose a shared pod namespace or the node's.",
    });
  },
});
