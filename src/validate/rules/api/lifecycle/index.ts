import type { Rule } from '../../../rule';

export const lifecycleRules: readonly Rule[] = [];
