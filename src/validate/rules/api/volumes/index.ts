import type { Rule } from '../../../rule';

export const volumesRules: readonly Rule[] = [];
