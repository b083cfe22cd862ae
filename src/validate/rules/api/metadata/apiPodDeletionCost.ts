import { hasKey } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { podAnnotations } from '../../../support/metadata/podAnnotations';

const KEY = 'controller.kubernetes.io/pod-deletion-cost';
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Whether the text is what the server's GetDeletionCostFromPodAnnotations accepts. */
function isDeletionCost(value: string): boolean {
  const first = value[0];
  const firstIsValid = first === '-' || value === '0' || (first !== undefined && first >= '1' && first <= '9');
  if (!firstIsValid || !/^-?\d+$/.test(value)) return false;
  const number = Number(value);
  return number >= INT32_MIN && number <= INT32_MAX;
}

/** The pod-deletion-cost annotation holds a 32-bit integer, without "+" or leading zeros. */
export const apiPodDeletionCostRule = defineRule({
  id: 'api/pod-deletion-cost',
  severity: 'error',
  title: 'pod-deletion-cost is a 32-bit integer',
  why: 'When a ReplicaSet scales down it removes Pods with the lowest deletion cost first; the cost is read as a whole number, so Kubernetes rejects anything else.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-deletion-cost',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpecificAnnotations'],
  check(context, report) {
    const pod = podAnnotations(context);
    if (!pod || !hasKey(pod.annotations, KEY)) return;
    const value = pod.annotations[KEY];
    const text = value === null ? '' : typeof value === 'string' ? value : undefined;
    if (text === undefined || isDeletionCost(text)) return;
    report({
      path: [...pod.path, KEY],
      errorType: 'Invalid',
      message: `Pod deletion cost "${text}" must be a 32-bit integer written plainly, like "100" or "-5" (no "+", no leading zeros, no decimals).`,
    });
  },
});
