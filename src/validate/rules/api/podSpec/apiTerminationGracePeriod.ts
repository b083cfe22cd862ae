import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedInt64, isAbsent } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

/**
 * A negative terminationGracePeriodSeconds is accepted with a warning and
 * treated as 1 second (a missing one is defaulted to 30, never an error).
 */
export const apiTerminationGracePeriodRule = defineRule({
  id: 'api/termination-grace-period',
  severity: 'warning',
  title: 'terminationGracePeriodSeconds is not negative',
  why: 'This is how long Kubernetes waits between asking the containers to stop (SIGTERM) and killing them; a negative value is treated as 1 second, which gives the app almost no time to shut down cleanly.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  appliesTo: 'workload',
  mirrors: ['podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const raw = field(context.podSpec, 'terminationGracePeriodSeconds');
    const seconds = decodedInt64(raw);
    if (isAbsent(raw) || seconds === undefined || seconds >= 0) return;
    const path = [...context.podSpecPath, 'terminationGracePeriodSeconds'];
    report({
      path,
      message: `terminationGracePeriodSeconds ${seconds} is negative: Kubernetes treats it as 1 second.`,
      fix: setFieldFix(context, path, 30, 'Set terminationGracePeriodSeconds to 30 (the default)'),
    });
  },
});
