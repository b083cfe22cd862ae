import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedList, decodedString } from '../../../support/decoding/decodedValue';

/** A readiness gate's conditionType is a qualified name (like example.com/feature-1). */
export const apiReadinessGatesRule = defineRule({
  id: 'api/readiness-gates',
  severity: 'error',
  title: 'Readiness gates name a condition type',
  why: 'A readiness gate makes the pod wait, before it counts as ready, for a condition that some other controller sets in the pod status; the condition type is a qualified name such as example.com/load-balancer-ready.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-readiness-gate',
  appliesTo: 'workload',
  mirrors: ['core.validateReadinessGates'],
  check(context, report) {
    decodedList(field(context.podSpec, 'readinessGates'))?.forEach((gate, index) => {
      if (!isJsonObject(gate)) return;
      const conditionType = decodedString(field(gate, 'conditionType'));
      if (conditionType === undefined) return;
      const problems = qualifiedNameProblems(conditionType);
      if (problems.length === 0) return;
      report({
        path: [...context.podSpecPath, 'readinessGates', index, 'conditionType'],
        errorType: 'Invalid',
        message:
          conditionType === ''
            ? 'This readiness gate has no conditionType.'
            : `Condition type "${conditionType}" is not a qualified name: ${problems.join('; ')}.`,
      });
    });
  },
});
