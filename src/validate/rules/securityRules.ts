import type { Rule } from '../rule';
import { pssApparmorRule } from './security/pssApparmor';
import { pssCapabilitiesBaselineRule } from './security/pssCapabilitiesBaseline';
import { pssSeccompBaselineRule } from './security/pssSeccompBaseline';
import { pssHostNamespacesRule } from './security/pssHostNamespaces';
import { pssHostPathVolumesRule } from './security/pssHostPathVolumes';
import { pssHostPortsRule } from './security/pssHostPorts';
import { pssHostProbesLifecycleHooksRule } from './security/pssHostProbesLifecycleHooks';
import { pssHostProcessRule } from './security/pssHostProcess';
import { pssPrivilegedRule } from './security/pssPrivileged';
import { pssPrivilegeEscalationRule } from './security/pssPrivilegeEscalation';
import { pssProcMountRule } from './security/pssProcMount';
import { pssCapabilitiesRestrictedRule } from './security/pssCapabilitiesRestricted';
import { pssSeccompRestrictedRule } from './security/pssSeccompRestricted';
import { pssRunAsNonRootRule } from './security/pssRunAsNonRoot';
import { pssRunAsNonRootUserRule } from './security/pssRunAsNonRootUser';
import { pssSelinuxRule } from './security/pssSelinux';
import { pssSysctlsRule } from './security/pssSysctls';
import { pssVolumeTypesRule } from './security/pssVolumeTypes';

/** The Pod Security Standards: Baseline controls (warnings), then Restricted-only controls (info). */
export const securityRules: readonly Rule[] = [
  pssHostProcessRule,
  pssHostNamespacesRule,
  pssPrivilegedRule,
  pssCapabilitiesBaselineRule,
  pssHostPathVolumesRule,
  pssHostPortsRule,
  pssHostProbesLifecycleHooksRule,
  pssApparmorRule,
  pssSelinuxRule,
  pssProcMountRule,
  pssSeccompBaselineRule,
  pssSysctlsRule,
  pssVolumeTypesRule,
  pssPrivilegeEscalationRule,
  pssRunAsNonRootRule,
  pssRunAsNonRootUserRule,
  pssSeccompRestrictedRule,
  pssCapabilitiesRestrictedRule,
];
