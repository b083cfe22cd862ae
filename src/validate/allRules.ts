import { CORE_RULES } from './coreRules';
import { schemaRules } from './rules/schemaRules';
import type { Rule } from './rule';

/** Every rule of the validator, by family (the CLI and the tests use them all, synchronously). */
export const ALL_RULES: readonly Rule[] = [...schemaRules, ...CORE_RULES];
