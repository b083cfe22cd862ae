import { apiRules } from './rules/apiRules';
import { practiceRules } from './rules/practiceRules';
import { referenceRules } from './rules/referenceRules';
import { securityRules } from './rules/securityRules';
import type { Rule } from './rule';

/**
 * Every rule except the schema family: small, plain code that validates at once. The schema
 * rules (ajv and the 400 KB Kubernetes schema) join later in the app; see allRules.ts.
 */
export const CORE_RULES: readonly Rule[] = [...apiRules, ...practiceRules, ...securityRules, ...referenceRules];
