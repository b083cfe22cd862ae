import type { Rule } from '../../../rule';

export const controllersRules: readonly Rule[] = [];
