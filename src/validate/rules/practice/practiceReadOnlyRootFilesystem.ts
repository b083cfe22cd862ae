import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { isWindowsPod } from '../../support/securityContext/securityContexts';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** readOnlyRootFilesystem: true on every container (Linux pods; the field does not exist on Windows). */
export const practiceReadOnlyRootFilesystemRule = defineRule({
  id: 'practice/read-only-root-filesystem',
  severity: 'info',
  title: "Make the container's root file system read-only",
  why: "With a read-only root file system an attacker who gets into the container cannot install tools or change the app's files; data the app must write goes to a mounted volume (an emptyDir for /tmp), which also makes it visible in the pod spec.",
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  check(context, report) {
    if (isWindowsPod(context)) return;
    for (const slot of containersExceptEphemeral(context)) {
      if (field(field(slot.container, 'securityContext'), 'readOnlyRootFilesystem') === true) continue;
      const path = [...slot.path, 'securityContext', 'readOnlyRootFilesystem'];
      report({
        path,
        message: `The ${describeContainer(slot)} can write anywhere in its image's file system; set readOnlyRootFilesystem: true and mount an emptyDir where it writes (such as /tmp).`,
        fix: setFieldFix(context, path, true, 'Set readOnlyRootFilesystem: true'),
      });
    }
  },
});
