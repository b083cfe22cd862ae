import type { Rule } from '../../../rule';

export const podSpecRules: readonly Rule[] = [];
