import type { Rule } from '../../../rule';
import { controllerActiveDeadlineRule } from './controllerActiveDeadline';
import { controllerCountsRule } from './controllerCounts';
import { controllerRestartPolicyRule } from './controllerRestartPolicy';
import { controllerSelectorRule } from './controllerSelector';
import { cronJobScheduleRule } from './cronJobSchedule';
import { deploymentStrategyRule } from './deploymentStrategy';
import { jobSettingsRule } from './jobSettings';

export const controllersRules: readonly Rule[] = [
  controllerRestartPolicyRule,
  controllerSelectorRule,
  controllerCountsRule,
  controllerActiveDeadlineRule,
  deploymentStrategyRule,
  jobSettingsRule,
  cronJobScheduleRule,
];
