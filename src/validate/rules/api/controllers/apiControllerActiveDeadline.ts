import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { removeFieldFix } from '../../../support/fixes/fieldFixes';
import { controllerSpec, isLongRunning } from '../../../support/workloads/controllerSpec';
import { isAbsent } from '../../../support/decoding/decodedValue';

/** Controllers: the pods of long-running controllers (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController) have no activeDeadlineSeconds. */
export const apiControllerActiveDeadlineRule = defineRule({
  id: 'api/controller-active-deadline',
  severity: 'error',
  title: 'Long-running controllers set no pod deadline',
  why: 'activeDeadlineSeconds kills a pod after a time limit, which suits Jobs; a Deployment, StatefulSet or DaemonSet would just replace the killed pod, so the API server rejects it there.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
  appliesTo: 'workload',
  mirrors: [
    'apps.ValidatePodTemplateSpecForReplicaSet',
    'apps.ValidateStatefulSetSpec',
    'apps.ValidateDaemonSetSpec',
    'core.ValidatePodTemplateSpecForRC',
  ],
  check(context, report) {
    const controller = controllerSpec(context);
    if (!controller || !isLongRunning(controller.kind) || isAbsent(field(context.podSpec, 'activeDeadlineSeconds')))
      return;
    const path = [...context.podSpecPath, 'activeDeadlineSeconds'];
    report({
      path,
      errorType: 'Forbidden',
      message: `activeDeadlineSeconds is not supported in a ${controller.kind}'s pod template.`,
      fix: removeFieldFix(context, path, 'Remove activeDeadlineSeconds'),
    });
  },
});
