import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { removeFieldFix, setFieldFix } from '../../../support/fixes/fieldFixes';
import { containersExceptEphemeral } from '../../../support/containers/podContainers';

/**
 * An init container's restartPolicy can only be Always (which makes
 * it a native sidecar); an app container may not set restartPolicy at all.
 */
export const apiContainerRestartPolicyRule = defineRule({
  id: 'api/container-restart-policy',
  severity: 'error',
  title: 'Only init containers set restartPolicy, and only to Always',
  why: "On a container, restartPolicy: Always turns an init container into a native sidecar that starts before the app and keeps running; app containers follow the pod's restartPolicy instead. (Kubernetes 1.35+ with the ContainerRestartRules feature also accepts a restartPolicy on app containers.)",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  appliesTo: 'workload',
  mirrors: ['core.validateInitContainerRestartPolicy', 'core.validateContainers'],
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const policy = field(slot.container, 'restartPolicy');
      if (typeof policy !== 'string') continue;
      const path = [...slot.path, 'restartPolicy'];
      if (slot.listKey === 'containers') {
        report({
          path,
          errorType: 'Forbidden',
          message: `The app container "${slot.name}" sets restartPolicy; app containers follow the pod's restartPolicy (make it an init container with restartPolicy: Always for a sidecar).`,
          fix: removeFieldFix(context, path, 'Remove restartPolicy from the container'),
        });
        continue;
      }
      if (policy === 'Always') continue;
      const meantAlways = policy.toLowerCase() === 'always';
      report({
        path,
        errorType: 'NotSupported',
        message: meantAlways
          ? `restartPolicy "${policy}" must be written "Always" (with a capital A).`
          : `The init container "${slot.name}" has restartPolicy "${policy}"; an init container either has none (runs once) or Always (a native sidecar).`,
        fix: meantAlways
          ? setFieldFix(context, path, 'Always', 'Set restartPolicy to Always')
          : removeFieldFix(context, path, 'Remove restartPolicy (a plain init container)'),
      });
    }
  },
});
