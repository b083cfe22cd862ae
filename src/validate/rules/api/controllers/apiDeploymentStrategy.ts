import { field, isJsonObject, type JsonValue } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { controllerSpec } from '../../../support/workloads/controllerSpec';
import { removeFieldFix, setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const PERCENT = /^[0-9]+%$/;
const DEFAULT_ROLLING_VALUE = '25%';

/** An int-or-percent's amount the way the server reads it: `25%` → 25, `3` → 3, other strings → their integer value or 0. */
function amount(value: JsonValue): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return 0;
  if (PERCENT.test(value)) return Number(value.slice(0, -1));
  return /^[+-]?\d+$/.test(value) ? Number(value) : 0;
}

/**
 * Controllers: a Deployment's strategy is RollingUpdate (the default) or Recreate; Recreate has no
 * rollingUpdate settings; maxUnavailable and maxSurge are non-negative numbers or percentages
 * ("25%"), maxUnavailable at most 100%, and not both 0.
 */
export const apiDeploymentStrategyRule = defineRule({
  id: 'api/deployment-strategy',
  severity: 'error',
  title: "A Deployment's rollout strategy is well formed",
  why: 'During a rolling update maxSurge says how many extra pods may be created and maxUnavailable how many may be missing; if both were 0 the rollout could never make progress.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy',
  appliesTo: 'workload',
  mirrors: ['apps.ValidateDeploymentStrategy', 'apps.ValidateRollingUpdateDeployment'],
  check(context, report) {
    const controller = controllerSpec(context);
    if (controller?.kind !== 'Deployment') return;
    const strategy = field(controller.spec, 'strategy');
    if (strategy !== undefined && strategy !== null && !isJsonObject(strategy)) return;
    const strategyPath = [...controller.specPath, 'strategy'];
    const type = field(strategy, 'type');
    if (type !== undefined && type !== null && typeof type !== 'string') return;
    const rollingUpdate = field(strategy, 'rollingUpdate');
    const rollingUpdatePath = [...strategyPath, 'rollingUpdate'];
    if (type === 'Recreate') {
      if (rollingUpdate !== undefined && rollingUpdate !== null) {
        report({
          path: rollingUpdatePath,
          errorType: 'Forbidden',
          message:
            'A Recreate strategy stops all old pods before starting new ones, so it takes no rollingUpdate settings.',
          fix: removeFieldFix(context, rollingUpdatePath, 'Remove rollingUpdate'),
        });
      }
      return;
    }
    if (type && type !== 'RollingUpdate') {
      const canonical = enumValueMeant(type, ['RollingUpdate', 'Recreate']);
      report({
        path: strategyPath,
        markerPath: [...strategyPath, 'type'],
        errorType: 'NotSupported',
        message: `"${type}" is not a Deployment strategy; use RollingUpdate or Recreate.`,
        ...(canonical
          ? { fix: setFieldFix(context, [...strategyPath, 'type'], canonical, `Set type to ${canonical}`) }
          : {}),
      });
      return;
    }
    if (rollingUpdate !== undefined && rollingUpdate !== null && !isJsonObject(rollingUpdate)) return;
    const values: Record<'maxUnavailable' | 'maxSurge', JsonValue> = {
      maxUnavailable: DEFAULT_ROLLING_VALUE,
      maxSurge: DEFAULT_ROLLING_VALUE,
    };
    for (const key of ['maxUnavailable', 'maxSurge'] as const) {
      const value = field(rollingUpdate, key);
      if (value === undefined || value === null) continue;
      if (typeof value === 'number' && !Number.isInteger(value)) return;
      if (typeof value !== 'number' && typeof value !== 'string') return;
      values[key] = value;
      const path = [...rollingUpdatePath, key];
      if (typeof value === 'number' && value < 0)
        report({ path, errorType: 'Invalid', message: `${key} is ${value}; it must be 0 or more.` });
      if (typeof value === 'string' && !PERCENT.test(value)) {
        report({
          path,
          errorType: 'Invalid',
          message: `${key} "${value}" is neither a number nor a percentage like "25%"${/^\d+$/.test(value) ? ' (write the number without quotes, or add %)' : ''}.`,
        });
      }
    }
    if (amount(values.maxUnavailable) === 0 && amount(values.maxSurge) === 0) {
      report({
        path: [...rollingUpdatePath, 'maxUnavailable'],
        errorType: 'Invalid',
        message:
          'maxUnavailable and maxSurge cannot both be 0: the rollout could neither remove an old pod nor add a new one.',
      });
    }
    if (
      typeof values.maxUnavailable === 'string' &&
      PERCENT.test(values.maxUnavailable) &&
      amount(values.maxUnavailable) > 100
    ) {
      report({
        path: [...rollingUpdatePath, 'maxUnavailable'],
        errorType: 'Invalid',
        message: `maxUnavailable ${values.maxUnavailable} cannot be more than 100%.`,
      });
    }
  },
});
