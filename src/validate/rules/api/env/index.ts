import type { Rule } from '../../../rule';

export const envRules: readonly Rule[] = [];
