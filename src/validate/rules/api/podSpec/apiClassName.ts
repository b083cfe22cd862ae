import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedString, isAbsent } from '../../../support/decoding/decodedValue';

/**
 * PriorityClassName (when non-empty) and runtimeClassName (whenever it
 * is present, even as "") name objects, so they are DNS subdomains. Whether the class exists is
 * checked by admission plugins in the cluster.
 */
export const apiClassNameRule = defineRule({
  id: 'api/class-name',
  severity: 'error',
  title: 'priorityClassName and runtimeClassName are valid object names',
  why: 'These fields name a PriorityClass or RuntimeClass object of the cluster, so they follow object naming: lowercase letters, digits, "-" and ".".',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec', 'core.ValidateRuntimeClassName'],
  check(context, report) {
    const priorityClassName = decodedString(field(context.podSpec, 'priorityClassName'));
    if (priorityClassName) {
      const problems = dns1123SubdomainProblems(priorityClassName);
      if (problems.length > 0) {
        report({
          path: [...context.podSpecPath, 'priorityClassName'],
          errorType: 'Invalid',
          message: `Priority class name "${priorityClassName}" ${problems.join(' and ')}.`,
        });
      }
    }
    const rawRuntimeClassName = field(context.podSpec, 'runtimeClassName');
    const runtimeClassName = decodedString(rawRuntimeClassName);
    if (isAbsent(rawRuntimeClassName) || runtimeClassName === undefined) return;
    const problems = dns1123SubdomainProblems(runtimeClassName);
    if (problems.length > 0) {
      report({
        path: [...context.podSpecPath, 'runtimeClassName'],
        errorType: 'Invalid',
        message:
          runtimeClassName === ''
            ? 'runtimeClassName is empty: name a RuntimeClass, or remove the field to use the default runtime.'
            : `Runtime class name "${runtimeClassName}" ${problems.join(' and ')}.`,
      });
    }
  },
});
