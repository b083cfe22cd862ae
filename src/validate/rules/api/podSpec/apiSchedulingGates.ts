import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedList, decodedString } from '../../../support/decoding/decodedValue';

/**
 * Scheduling gate names are qualified names, each used once. The server
 * reports both at `schedulingGates[k]`, without `.name`.
 */
export const apiSchedulingGatesRule = defineRule({
  id: 'api/scheduling-gates',
  severity: 'error',
  title: 'Scheduling gates have unique qualified names',
  why: 'A scheduling gate keeps the pod away from the scheduler until a controller removes it by name, so each gate needs a distinct, domain-style name such as example.com/quota-check.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-scheduling-readiness/',
  appliesTo: 'workload',
  mirrors: ['core.validateSchedulingGates'],
  check(context, report) {
    const seen = new Set<string>();
    decodedList(field(context.podSpec, 'schedulingGates'))?.forEach((gate, index) => {
      if (!isJsonObject(gate)) return;
      const name = decodedString(field(gate, 'name'));
      if (name === undefined) return;
      const path = [...context.podSpecPath, 'schedulingGates', index];
      const markerPath = [...path, 'name'];
      const problems = qualifiedNameProblems(name);
      if (problems.length > 0) {
        report({
          path,
          markerPath,
          errorType: 'Invalid',
          message:
            name === ''
              ? 'This scheduling gate has no name.'
              : `Scheduling gate "${name}" is not a qualified name: ${problems.join('; ')}.`,
        });
      }
      if (seen.has(name))
        report({ path, markerPath, errorType: 'Duplicate', message: `Scheduling gate "${name}" is listed twice.` });
      seen.add(name);
    });
  },
});
