import { field, type JsonObject } from '../../../../model/jsonValue';
import type { DataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { defineRule, type RuleReport } from '../../../rule';
import { controllerSpec } from '../../../support/workloads/controllerSpec';
import { decodedOptionalInteger } from '../../../support/decoding/decodedValue';

/** Count and duration fields of each controller kind that must not be negative. */
const NON_NEGATIVE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds'],
  ReplicaSet: ['replicas', 'minReadySeconds'],
  StatefulSet: ['replicas', 'minReadySeconds', 'revisionHistoryLimit'],
  DaemonSet: ['minReadySeconds', 'revisionHistoryLimit'],
  ReplicationController: ['replicas', 'minReadySeconds'],
  Job: [
    'parallelism',
    'completions',
    'activeDeadlineSeconds',
    'backoffLimit',
    'ttlSecondsAfterFinished',
    'backoffLimitPerIndex',
    'maxFailedIndexes',
  ],
};
const CRON_JOB_FIELDS = ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'];
const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

function checkNonNegative(
  spec: JsonObject,
  specPath: DataPath,
  keys: readonly string[],
  report: (finding: RuleReport) => void,
): void {
  for (const key of keys) {
    const value = decodedOptionalInteger(field(spec, key));
    if (typeof value === 'number' && value < 0) {
      report({ path: [...specPath, key], errorType: 'Invalid', message: `${key} is ${value}; it must be 0 or more.` });
    }
  }
}

/**
 * Controllers: replicas and the other counts and durations of a controller are not negative
 * (Job completions and parallelism too), and a Deployment's progressDeadlineSeconds (600 by
 * default) is longer than its minReadySeconds.
 */
export const apiControllerCountsRule = defineRule({
  id: 'api/controller-counts',
  severity: 'error',
  title: 'Controller counts and durations are not negative',
  why: 'replicas, completions, parallelism, history limits and deadlines are numbers of pods or seconds, so they cannot be negative (0 is allowed: zero replicas scales a Deployment down).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/',
  appliesTo: 'workload',
  mirrors: [
    'apps.ValidateDeploymentSpec',
    'apps.ValidateStatefulSetSpec',
    'apps.ValidateDaemonSetSpec',
    'apps.ValidateReplicaSetSpec',
    'core.ValidateReplicationControllerSpec',
    'batch.validateJobSpec',
    'batch.validateCronJobSpec',
  ],
  check(context, report) {
    const controller = controllerSpec(context);
    if (!controller) return;
    if (controller.kind === 'CronJob') {
      const cronJobSpec = getAtPath(context.object, ['spec']);
      if (cronJobSpec && typeof cronJobSpec === 'object' && !Array.isArray(cronJobSpec))
        checkNonNegative(cronJobSpec as JsonObject, ['spec'], CRON_JOB_FIELDS, report);
      checkNonNegative(controller.spec, controller.specPath, NON_NEGATIVE_FIELDS.Job!, report);
      return;
    }
    checkNonNegative(controller.spec, controller.specPath, NON_NEGATIVE_FIELDS[controller.kind] ?? [], report);
    if (controller.kind !== 'Deployment') return;
    const minReady = decodedOptionalInteger(field(controller.spec, 'minReadySeconds'));
    const progress = decodedOptionalInteger(field(controller.spec, 'progressDeadlineSeconds'));
    if (typeof minReady !== 'number' || progress === undefined) return;
    const effective = progress ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
    if (effective <= minReady) {
      report({
        path: [...controller.specPath, 'progressDeadlineSeconds'],
        markerPath: [...controller.specPath, progress === null ? 'minReadySeconds' : 'progressDeadlineSeconds'],
        errorType: 'Invalid',
        message: `progressDeadlineSeconds (${effective}${progress === null ? ', the default' : ''}) must be greater than minReadySeconds (${minReady}).`,
      });
    }
  },
});
