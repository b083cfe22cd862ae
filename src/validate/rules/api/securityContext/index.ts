import type { Rule } from '../../../rule';
import { appArmorProfileRule } from './appArmorProfile';
import { hostNamespacesUserNamespaceRule } from './hostNamespacesUserNamespace';
import { podSecurityContextPoliciesRule } from './podSecurityContextPolicies';
import { privilegeEscalationRule } from './privilegeEscalation';
import { procMountRule } from './procMount';
import { seccompProfileRule } from './seccompProfile';
import { securityContextIdsRule } from './securityContextIds';
import { shareProcessNamespaceRule } from './shareProcessNamespace';
import { sysctlsRule } from './sysctls';
import { windowsHostProcessRule } from './windowsHostProcess';
import { windowsOptionsRule } from './windowsOptions';

export const securityContextRules: readonly Rule[] = [
  securityContextIdsRule,
  shareProcessNamespaceRule,
  podSecurityContextPoliciesRule,
  seccompProfileRule,
  appArmorProfileRule,
  sysctlsRule,
  privilegeEscalationRule,
  procMountRule,
  hostNamespacesUserNamespaceRule,
  windowsOptionsRule,
  windowsHostProcessRule,
];
