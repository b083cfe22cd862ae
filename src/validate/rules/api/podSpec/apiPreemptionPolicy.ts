import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant, isAbsent } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const PREEMPTION_POLICIES = ['PreemptLowerPriority', 'Never'] as const;

/** PreemptionPolicy, when present, is PreemptLowerPriority or Never ("" is Required). */
export const apiPreemptionPolicyRule = defineRule({
  id: 'api/preemption-policy',
  severity: 'error',
  title: 'preemptionPolicy is PreemptLowerPriority or Never',
  why: 'The preemption policy says whether this pod may evict lower-priority pods to get scheduled (PreemptLowerPriority) or must wait for room (Never).',
  docsUrl:
    'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#non-preempting-priority-class',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePreemptionPolicy'],
  check(context, report) {
    const raw = field(context.podSpec, 'preemptionPolicy');
    const policy = decodedString(raw);
    if (isAbsent(raw) || policy === undefined || (PREEMPTION_POLICIES as readonly string[]).includes(policy)) return;
    const path = [...context.podSpecPath, 'preemptionPolicy'];
    if (policy === '') {
      report({
        path,
        errorType: 'Required',
        message: 'preemptionPolicy is empty: use PreemptLowerPriority or Never, or remove the field.',
      });
      return;
    }
    const meant = enumValueMeant(policy, PREEMPTION_POLICIES);
    report({
      path,
      errorType: 'NotSupported',
      message: `Preemption policy "${policy}" is not supported: use PreemptLowerPriority or Never.`,
      ...(meant ? { fix: setFieldFix(context, path, meant, `Set preemptionPolicy to ${meant}`) } : {}),
    });
  },
});
