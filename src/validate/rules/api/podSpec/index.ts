import type { Rule } from '../../../rule';
import { activeDeadlineSecondsRule } from './activeDeadlineSeconds';
import { classNamesRule } from './classNames';
import { dnsConfigRule } from './dnsConfig';
import { dnsPolicyRule } from './dnsPolicy';
import { hostAliasesRule } from './hostAliases';
import { imagePullSecretsRule } from './imagePullSecrets';
import { nodeAffinityRule } from './nodeAffinity';
import { nodeNameRule } from './nodeName';
import { nodeSelectorRule } from './nodeSelector';
import { osSpecificFieldsRule } from './osSpecificFields';
import { podAffinityRule } from './podAffinity';
import { podHostnameRule } from './podHostname';
import { podOsRule } from './podOs';
import { podOverheadRule } from './podOverhead';
import { preemptionPolicyRule } from './preemptionPolicy';
import { readinessGatesRule } from './readinessGates';
import { resourceClaimsRule } from './resourceClaims';
import { restartPolicyRule } from './restartPolicy';
import { schedulingGatesRule } from './schedulingGates';
import { serviceAccountNameRule } from './serviceAccountName';
import { terminationGracePeriodRule } from './terminationGracePeriod';
import { tolerationsRule } from './tolerations';
import { topologySpreadRule } from './topologySpread';

export const podSpecRules: readonly Rule[] = [
  podOsRule,
  osSpecificFieldsRule,
  restartPolicyRule,
  dnsPolicyRule,
  dnsConfigRule,
  podHostnameRule,
  hostAliasesRule,
  nodeSelectorRule,
  serviceAccountNameRule,
  nodeNameRule,
  classNamesRule,
  preemptionPolicyRule,
  activeDeadlineSecondsRule,
  terminationGracePeriodRule,
  imagePullSecretsRule,
  readinessGatesRule,
  schedulingGatesRule,
  tolerationsRule,
  nodeAffinityRule,
  podAffinityRule,
  topologySpreadRule,
  resourceClaimsRule,
  podOverheadRule,
];
