import { apiRules } from './rules/api';
import { practiceRules } from './rules/practice';
import { referenceRules } from './rules/reference';
import { securityRules } from './rules/security';
import type { Rule } from './rule';

/**
 * Every rule except the schema family: small, plain code that validates at once. The schema
 * rules (ajv and the 400 KB Kubernetes schema) join later in the app; see allRules.ts.
 */
export const CORE_RULES: readonly Rule[] = [...apiRules, ...practiceRules, ...securityRules, ...referenceRules];
