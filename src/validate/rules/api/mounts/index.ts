import type { Rule } from '../../../rule';

export const mountsRules: readonly Rule[] = [];
