import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { controllerSpec, isLongRunning } from '../../../support/workloads/controllerSpec';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

/**
 * Controllers: the pods of a Deployment, StatefulSet, DaemonSet, ReplicaSet or
 * ReplicationController restart Always (NotSupported otherwise); a Job's or CronJob's pods use
 * OnFailure or Never (Required when unset, because the default Always is rejected), and Never when
 * a podFailurePolicy is set.
 */
export const apiControllerRestartPolicyRule = defineRule({
  id: 'api/controller-restart-policy',
  severity: 'error',
  title: 'Controllers use the restart policy their pods need',
  why: 'A Deployment, StatefulSet or DaemonSet keeps its pods running, so their containers must always be restarted; a Job runs its pods to completion, so it must say whether a failed container is retried in place (OnFailure) or not (Never).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  appliesTo: 'workload',
  mirrors: [
    'apps.ValidatePodTemplateSpecForReplicaSet',
    'apps.ValidateStatefulSetSpec',
    'apps.ValidateDaemonSetSpec',
    'core.ValidatePodTemplateSpecForRC',
    'batch.validateJobSpec',
  ],
  check(context, report) {
    const controller = controllerSpec(context);
    if (!controller) return;
    const raw = field(context.podSpec, 'restartPolicy');
    if (raw !== undefined && raw !== null && typeof raw !== 'string') return;
    const policy = raw ?? '';
    const path = [...context.podSpecPath, 'restartPolicy'];
    const markerPath = raw === undefined || raw === null ? context.podSpecPath : path;
    if (isLongRunning(controller.kind)) {
      if (policy === '' || policy === 'Always') return;
      report({
        path,
        errorType: 'NotSupported',
        message: `A ${controller.kind} keeps its pods running, so its pod template's restartPolicy must be Always, not "${policy}".`,
        fix: setFieldFix(context, path, 'Always', 'Set restartPolicy to Always'),
      });
      return;
    }
    const hasFailurePolicy =
      field(controller.spec, 'podFailurePolicy') !== undefined && field(controller.spec, 'podFailurePolicy') !== null;
    const preferred = hasFailurePolicy ? 'Never' : 'OnFailure';
    if (policy === '' || policy === 'Always') {
      report({
        path,
        markerPath,
        errorType: 'Required',
        message:
          policy === ''
            ? `A ${controller.kind}'s pod template must set restartPolicy to OnFailure or Never (the pod default, Always, would restart finished containers forever).`
            : `A ${controller.kind} runs its pods to completion, so restartPolicy must be OnFailure or Never, not Always.`,
        fix: setFieldFix(context, path, preferred, `Set restartPolicy to ${preferred}`),
      });
    } else if (policy !== 'OnFailure' && policy !== 'Never') {
      const canonical = enumValueMeant(policy, ['OnFailure', 'Never']);
      report({
        path,
        errorType: 'NotSupported',
        message: `"${policy}" is not a restart policy for ${controller.kind} pods; use OnFailure or Never.`,
        ...(canonical ? { fix: setFieldFix(context, path, canonical, `Set restartPolicy to ${canonical}`) } : {}),
      });
    } else if (hasFailurePolicy && policy !== 'Never') {
      report({
        path,
        errorType: 'Invalid',
        message:
          "With a podFailurePolicy, the pod template's restartPolicy must be Never (the Job, not the kubelet, decides about retries).",
        fix: setFieldFix(context, path, 'Never', 'Set restartPolicy to Never'),
      });
    }
  },
});
