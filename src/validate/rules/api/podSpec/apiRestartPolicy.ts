import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/**
 * RestartPolicy is Always, OnFailure or Never (empty is defaulted to Always).
 * Which of them a controller accepts is the controllers rules' business.
 */
export const apiRestartPolicyRule = defineRule({
  id: 'api/restart-policy',
  severity: 'error',
  title: 'restartPolicy is Always, OnFailure or Never',
  why: 'The restart policy tells the kubelet what to do when a container exits: restart it always, only after a failure, or never. Kubernetes knows only these three spellings.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  appliesTo: 'workload',
  mirrors: ['core.validateRestartPolicy'],
  check(context, report) {
    const policy = decodedString(field(context.podSpec, 'restartPolicy'));
    if (policy === undefined || policy === '' || (RESTART_POLICIES as readonly string[]).includes(policy)) return;
    const path = [...context.podSpecPath, 'restartPolicy'];
    const allowed = context.workload?.allowedRestartPolicies ?? RESTART_POLICIES;
    // A fix only when the intended value is clear and this kind accepts it.
    const meant = enumValueMeant(policy, RESTART_POLICIES) ?? (allowed.length === 1 ? allowed[0] : undefined);
    const fix =
      meant && allowed.includes(meant) ? setFieldFix(context, path, meant, `Set restartPolicy to ${meant}`) : undefined;
    report({
      path,
      errorType: 'NotSupported',
      message: `Restart policy "${policy}" is not supported: use ${allowed.join(', ')}${allowed.length < 3 ? ` (what a ${context.kind} allows)` : ''}.`,
      ...(fix ? { fix } : {}),
    });
  },
});
