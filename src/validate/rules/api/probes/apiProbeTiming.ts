import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { validatedProbes } from '../../../support/probes/validatedProbes';
import { decodedOptionalInteger, isAbsent } from '../../../support/decoding/decodedValue';
import { removeFieldFix, setFieldFix } from '../../../support/fixes/fieldFixes';

const NON_NEGATIVE_FIELDS = [
  'initialDelaySeconds',
  'timeoutSeconds',
  'periodSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

/**
 * Probe timings are not negative (0 means "use the default"); liveness and
 * startup probes need successThreshold 1; a readiness probe has no terminationGracePeriodSeconds,
 * and where allowed it is positive.
 */
export const apiProbeTimingRule = defineRule({
  id: 'api/probe-timing',
  severity: 'error',
  title: 'Probe timings and thresholds are in range',
  why: 'Timings are seconds and counts, so they cannot be negative; a liveness or startup probe acts on the first success, so its successThreshold must be 1; and only probes that restart the container may shorten its grace period.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#configure-probes',
  appliesTo: 'workload',
  mirrors: [
    'core.validateProbe',
    'core.validateLivenessProbe',
    'core.validateReadinessProbe',
    'core.validateStartupProbe',
  ],
  check(context, report) {
    for (const { probe, path, label, kind } of validatedProbes(context)) {
      for (const key of NON_NEGATIVE_FIELDS) {
        const value = decodedOptionalInteger(field(probe, key));
        if (typeof value === 'number' && value < 0) {
          report({
            path: [...path, key],
            errorType: 'Invalid',
            message: `${label} has a negative ${key} (${value}); use 0 or leave it out for the default.`,
          });
        }
      }
      const successThreshold = decodedOptionalInteger(field(probe, 'successThreshold'));
      // 0 or unset is defaulted to 1.
      if (
        kind !== 'readinessProbe' &&
        typeof successThreshold === 'number' &&
        successThreshold !== 0 &&
        successThreshold !== 1
      ) {
        report({
          path: [...path, 'successThreshold'],
          errorType: 'Invalid',
          message: `${label} has successThreshold ${successThreshold}; liveness and startup probes must use 1.`,
          fix: setFieldFix(context, [...path, 'successThreshold'], 1, 'Set successThreshold to 1'),
        });
      }
      const gracePeriod = decodedOptionalInteger(field(probe, 'terminationGracePeriodSeconds'));
      if (gracePeriod === undefined) continue;
      if (kind === 'readinessProbe' && !isAbsent(field(probe, 'terminationGracePeriodSeconds'))) {
        report({
          path: [...path, 'terminationGracePeriodSeconds'],
          errorType: 'Invalid',
          message: `${label} sets terminationGracePeriodSeconds, which readiness probes may not (they never restart the container).`,
          fix: removeFieldFix(
            context,
            [...path, 'terminationGracePeriodSeconds'],
            'Remove terminationGracePeriodSeconds from the readiness probe',
          ),
        });
      }
      if (typeof gracePeriod === 'number' && gracePeriod <= 0) {
        report({
          path: [...path, 'terminationGracePeriodSeconds'],
          errorType: 'Invalid',
          message: `${label} has terminationGracePeriodSeconds ${gracePeriod}; it must be greater than 0.`,
        });
      }
    }
  },
});
