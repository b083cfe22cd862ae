import type { Rule } from '../../rule';

export const referenceRules: readonly Rule[] = [];
