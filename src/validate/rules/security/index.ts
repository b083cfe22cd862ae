import type { Rule } from '../../rule';
import { appArmorRule } from './appArmor';
import { baselineCapabilitiesRule } from './baselineCapabilities';
import { baselineSeccompRule } from './baselineSeccomp';
import { hostNamespacesRule } from './hostNamespaces';
import { hostPathVolumesRule } from './hostPathVolumes';
import { hostPortsRule } from './hostPorts';
import { hostProbesLifecycleHooksRule } from './hostProbesLifecycleHooks';
import { hostProcessRule } from './hostProcess';
import { privilegedContainersRule } from './privilegedContainers';
import { privilegeEscalationRule } from './privilegeEscalation';
import { procMountRule } from './procMount';
import { restrictedCapabilitiesRule } from './restrictedCapabilities';
import { restrictedSeccompRule } from './restrictedSeccomp';
import { runningAsNonRootRule } from './runningAsNonRoot';
import { runningAsNonRootUserRule } from './runningAsNonRootUser';
import { seLinuxRule } from './seLinux';
import { sysctlsRule } from './sysctls';
import { volumeTypesRule } from './volumeTypes';

/** The Pod Security Standards: Baseline controls (warnings), then Restricted-only controls (info). */
export const securityRules: readonly Rule[] = [
  hostProcessRule,
  hostNamespacesRule,
  privilegedContainersRule,
  baselineCapabilitiesRule,
  hostPathVolumesRule,
  hostPortsRule,
  hostProbesLifecycleHooksRule,
  appArmorRule,
  seLinuxRule,
  procMountRule,
  baselineSeccompRule,
  sysctlsRule,
  volumeTypesRule,
  privilegeEscalationRule,
  runningAsNonRootRule,
  runningAsNonRootUserRule,
  restrictedSeccompRule,
  restrictedCapabilitiesRule,
];
