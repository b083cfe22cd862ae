import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedInt64, isAbsent } from '../../../support/decoding/decodedValue';

const MAX_INT32 = 2 ** 31 - 1;

/** ActiveDeadlineSeconds, when set, is between 1 and 2147483647 (0 is rejected on create). */
export const apiActiveDeadlineSecondsRule = defineRule({
  id: 'api/active-deadline-seconds',
  severity: 'error',
  title: 'activeDeadlineSeconds is a positive number of seconds',
  why: 'activeDeadlineSeconds is how long the pod may run before Kubernetes stops it and marks it failed; it must be at least 1 second (leave it out for no limit).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-lifetime',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec'],
  check(context, report) {
    const raw = field(context.podSpec, 'activeDeadlineSeconds');
    const seconds = decodedInt64(raw);
    if (isAbsent(raw) || seconds === undefined || (seconds >= 1 && seconds <= MAX_INT32)) return;
    report({
      path: [...context.podSpecPath, 'activeDeadlineSeconds'],
      errorType: 'Invalid',
      message: `activeDeadlineSeconds ${seconds} is out of range: use a number of seconds from 1 to ${MAX_INT32}, or remove the field for no deadline.`,
    });
  },
});
