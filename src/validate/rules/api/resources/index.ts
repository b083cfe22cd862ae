import type { Rule } from '../../../rule';
import { podResourcesRule } from './podResources';
import { resizePolicyRule } from './resizePolicy';
import { resourceClaimsRule } from './resourceClaims';
import { resourceHugePagesRule } from './resourceHugePages';
import { resourceNameRule } from './resourceName';
import { resourceQuantityRule } from './resourceQuantity';
import { resourceRequestsLimitsRule } from './resourceRequestsLimits';

export const resourcesRules: readonly Rule[] = [
  resourceNameRule,
  resourceQuantityRule,
  resourceRequestsLimitsRule,
  resourceHugePagesRule,
  resourceClaimsRule,
  podResourcesRule,
  resizePolicyRule,
];
