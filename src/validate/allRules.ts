import { apiRules } from './rules/api';
import { practiceRules } from './rules/practice';
import { referenceRules } from './rules/reference';
import { schemaRules } from './rules/schema';
import { securityRules } from './rules/security';
import type { Rule } from './rule';

/** Every rule of the validator, by family. */
export const ALL_RULES: readonly Rule[] = [...schemaRules, ...apiRules, ...practiceRules, ...securityRules, ...referenceRules];
