import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { controllerSpec } from '../../../support/workloads/controllerSpec';
import { decodedOptionalInteger, isAbsent, enumValueMeant } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const COMPLETION_MODES = ['NonIndexed', 'Indexed'];
const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'];
const MAX_INDEXED_PARALLELISM = 100000;

/**
 * Controllers: a Job's completionMode is NonIndexed or Indexed; an Indexed Job sets completions;
 * per-index backoff needs Indexed mode; a CronJob's concurrencyPolicy is Allow, Forbid or Replace.
 */
export const apiJobSettingsRule = defineRule({
  id: 'api/job-settings',
  severity: 'error',
  title: 'Job and CronJob settings take known values',
  why: "An Indexed Job gives each pod an index from 0 to completions-1, so it needs completions; and a CronJob's concurrencyPolicy decides what happens when a run is due while the previous one still runs (Allow, Forbid or Replace).",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#completion-mode',
  appliesTo: 'workload',
  mirrors: ['batch.validateJobSpec', 'batch.validateConcurrencyPolicy'],
  check(context, report) {
    const controller = controllerSpec(context);
    if (controller?.kind !== 'Job' && controller?.kind !== 'CronJob') return;
    const { spec, specPath } = controller;
    if (controller.kind === 'CronJob') {
      const policy = field(field(context.object, 'spec'), 'concurrencyPolicy');
      if (typeof policy === 'string' && policy !== '' && !CONCURRENCY_POLICIES.includes(policy)) {
        const canonical = enumValueMeant(policy, CONCURRENCY_POLICIES);
        const path = ['spec', 'concurrencyPolicy'];
        report({
          path,
          errorType: 'NotSupported',
          message: `"${policy}" is not a concurrency policy; use Allow, Forbid or Replace.`,
          ...(canonical ? { fix: setFieldFix(context, path, canonical, `Set concurrencyPolicy to ${canonical}`) } : {}),
        });
      }
    }
    const mode = field(spec, 'completionMode');
    if (mode !== undefined && mode !== null && typeof mode !== 'string') return;
    if (typeof mode === 'string' && !COMPLETION_MODES.includes(mode)) {
      const canonical = enumValueMeant(mode, COMPLETION_MODES);
      const path = [...specPath, 'completionMode'];
      report({
        path,
        errorType: 'NotSupported',
        message: `"${mode}" is not a completion mode; use NonIndexed or Indexed.`,
        ...(canonical ? { fix: setFieldFix(context, path, canonical, `Set completionMode to ${canonical}`) } : {}),
      });
    }
    const indexed = mode === 'Indexed';
    if (indexed) {
      if (isAbsent(field(spec, 'completions'))) {
        report({
          path: [...specPath, 'completions'],
          markerPath: [...specPath, 'completionMode'],
          errorType: 'Required',
          message: 'An Indexed Job needs completions: the number of indexes to run.',
        });
      }
      const parallelism = decodedOptionalInteger(field(spec, 'parallelism'));
      if (typeof parallelism === 'number' && parallelism > MAX_INDEXED_PARALLELISM) {
        report({
          path: [...specPath, 'parallelism'],
          errorType: 'Invalid',
          message: `An Indexed Job's parallelism can be at most ${MAX_INDEXED_PARALLELISM}.`,
        });
      }
    } else if (mode === undefined || mode === null || mode === 'NonIndexed') {
      for (const key of ['backoffLimitPerIndex', 'maxFailedIndexes'] as const) {
        if (!isAbsent(field(spec, key)))
          report({ path: [...specPath, key], errorType: 'Invalid', message: `${key} needs completionMode: Indexed.` });
      }
    }
    if (!isAbsent(field(spec, 'maxFailedIndexes')) && isAbsent(field(spec, 'backoffLimitPerIndex'))) {
      report({
        path: [...specPath, 'backoffLimitPerIndex'],
        markerPath: [...specPath, 'maxFailedIndexes'],
        errorType: 'Required',
        message: 'maxFailedIndexes needs backoffLimitPerIndex.',
      });
    }
  },
});
