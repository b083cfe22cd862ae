import type { Rule } from '../../../rule';
import { containerRestartPolicyRule } from './containerRestartPolicy';
import { ephemeralContainersRule } from './ephemeralContainers';
import { lifecycleHookRule } from './lifecycleHook';

export const lifecycleRules: readonly Rule[] = [lifecycleHookRule, containerRestartPolicyRule, ephemeralContainersRule];
