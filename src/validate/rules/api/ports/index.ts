import type { Rule } from '../../../rule';

export const portsRules: readonly Rule[] = [];
