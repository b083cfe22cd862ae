import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedList, decodedString } from '../../../support/decoding/decodedValue';

/**
 * NodeName, when set, is a DNS subdomain, and cannot be combined with
 * schedulingGates (a Pod is rejected; in a pod template it is accepted, but every Pod created from
 * it is rejected).
 */
export const apiNodeNameRule = defineRule({
  id: 'api/node-name',
  severity: 'error',
  title: 'nodeName is a node name, without scheduling gates',
  why: 'nodeName binds the pod to one node directly, skipping the scheduler; it must be a valid node name, and it makes no sense with scheduling gates, which hold a pod back from the scheduler.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec', 'core.ValidatePodCreate'],
  check(context, report) {
    const nodeName = decodedString(field(context.podSpec, 'nodeName'));
    if (!nodeName) return;
    const path = [...context.podSpecPath, 'nodeName'];
    const problems = dns1123SubdomainProblems(nodeName);
    if (problems.length > 0)
      report({ path, errorType: 'Invalid', message: `Node name "${nodeName}" ${problems.join(' and ')}.` });
    const gates = decodedList(field(context.podSpec, 'schedulingGates'));
    if (!gates || gates.length === 0) return;
    if (context.kind === 'Pod') {
      report({
        path,
        errorType: 'Forbidden',
        message: 'nodeName cannot be set while the pod has schedulingGates: remove the gates or the node name.',
      });
    } else {
      report({
        path,
        severity: 'warning',
        message:
          'nodeName together with schedulingGates: Kubernetes accepts this pod template, but rejects every Pod created from it.',
      });
    }
  },
});
