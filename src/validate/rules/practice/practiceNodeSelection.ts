import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { setFieldFix } from '../../support/fixes/fieldFixes';

const OS_LABEL = 'kubernetes.io/os';

/** Whether required node affinity mentions the OS label. */
function affinitySelectsOs(podSpec: unknown): boolean {
  const required = field(
    field(field(field(podSpec, 'affinity'), 'nodeAffinity'), 'requiredDuringSchedulingIgnoredDuringExecution'),
    'nodeSelectorTerms',
  );
  if (!isJsonArray(required)) return false;
  return required.some((term) => {
    const expressions = field(term, 'matchExpressions');
    return isJsonArray(expressions) && expressions.some((expression) => field(expression, 'key') === OS_LABEL);
  });
}

/**
 * Node selection mistakes decidable from the pod alone: a Windows pod the scheduler may place on
 * Linux nodes, and nodeName, which bypasses the scheduler. (Having no node affinity at all is
 * fine for most pods and is not reported.)
 */
export const practiceNodeSelectionRule = defineRule({
  id: 'practice/node-selection',
  severity: 'warning',
  title: 'Pods land on nodes that can run them',
  why: "The scheduler picks nodes by resources, taints, node selectors and affinity. It does not read spec.os, so a Windows pod needs a kubernetes.io/os node selector; and nodeName skips the scheduler's checks entirely.",
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/',
  appliesTo: 'workload',
  check(context, report) {
    const podSpec = context.podSpec;
    if (field(field(podSpec, 'os'), 'name') === 'windows') {
      const selector = field(podSpec, 'nodeSelector');
      const selected = isJsonObject(selector) && field(selector, OS_LABEL) !== undefined;
      const runtimeClass = field(podSpec, 'runtimeClassName');
      if (!selected && !affinitySelectsOs(podSpec) && (typeof runtimeClass !== 'string' || runtimeClass === '')) {
        report({
          path: [...context.podSpecPath, 'os', 'name'],
          message:
            'This Windows pod has no kubernetes.io/os node selector, so it may be scheduled onto a Linux node, where the kubelet rejects it.',
          fix: setFieldFix(
            context,
            [...context.podSpecPath, 'nodeSelector', OS_LABEL],
            'windows',
            'Add nodeSelector kubernetes.io/os: windows',
          ),
        });
      }
    }
    const nodeName = field(podSpec, 'nodeName');
    if (typeof nodeName === 'string' && nodeName !== '') {
      report({
        path: [...context.podSpecPath, 'nodeName'],
        severity: 'info',
        message: `nodeName: ${nodeName} places the pod on that node without the scheduler: nothing checks its free CPU and memory or its taints, and the pod cannot move if the node is gone. Use a nodeSelector instead.`,
      });
    }
  },
});
