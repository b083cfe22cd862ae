import type { Rule } from '../../../rule';

export const metadataRules: readonly Rule[] = [];
