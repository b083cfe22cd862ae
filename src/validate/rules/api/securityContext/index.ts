import type { Rule } from '../../../rule';

export const securityContextRules: readonly Rule[] = [];
