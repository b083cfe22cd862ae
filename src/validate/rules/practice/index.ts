import type { Rule } from '../../rule';

export const practiceRules: readonly Rule[] = [];
