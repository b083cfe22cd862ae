import type { Rule } from '../../rule';

export const schemaRules: readonly Rule[] = [];
