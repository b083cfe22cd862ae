import type { Rule } from '../../../rule';

export const probesRules: readonly Rule[] = [];
