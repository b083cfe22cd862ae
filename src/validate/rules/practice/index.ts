import type { Rule } from '../../rule';
import { barePodRule } from './barePod';
import { configFileInCommandRule } from './configFileInCommand';
import { defaultNamespaceRule } from './defaultNamespace';
import { deprecatedServiceAccountRule } from './deprecatedServiceAccount';
import { dnsNdotsRule } from './dnsNdots';
import { ephemeralStorageRule } from './ephemeralStorage';
import { hostPathMountsRule } from './hostPathMounts';
import { identicalProbesRule } from './identicalProbes';
import { imagePullPolicyRule } from './imagePullPolicy';
import { imageReferenceRule } from './imageReference';
import { imageTagRule } from './imageTag';
import { livenessProbeRule } from './livenessProbe';
import { memoryRequestBelowLimitRule } from './memoryRequestBelowLimit';
import { mountPropagationRule } from './mountPropagation';
import { nestedMountsRule } from './nestedMounts';
import { nodeSelectionRule } from './nodeSelection';
import { nonRootConflictRule } from './nonRootConflict';
import { portConflictRule } from './portConflict';
import { priorityClassRule } from './priorityClass';
import { privilegedPortRule } from './privilegedPort';
import { probePortRule } from './probePort';
import { processManagerRule } from './processManager';
import { readinessProbeRule } from './readinessProbe';
import { readOnlyRootFilesystemRule } from './readOnlyRootFilesystem';
import { recommendedLabelsRule } from './recommendedLabels';
import { resourcesRule } from './resources';
import { restartPolicyRule } from './restartPolicy';
import { rootGroupRule } from './rootGroup';
import { secretEnvValueRule } from './secretEnvValue';
import { serviceAccountTokenRule } from './serviceAccountToken';
import { sshPortRule } from './sshPort';
import { startupProbeRule } from './startupProbe';
import { topologySpreadRule } from './topologySpread';

/** Pod design advice: what the API server accepts but experienced people would change. */
export const practiceRules: readonly Rule[] = [
  // images
  imageReferenceRule,
  imageTagRule,
  imagePullPolicyRule,
  // probes
  readinessProbeRule,
  livenessProbeRule,
  identicalProbesRule,
  startupProbeRule,
  probePortRule,
  // resources
  resourcesRule,
  memoryRequestBelowLimitRule,
  ephemeralStorageRule,
  // configuration and processes
  secretEnvValueRule,
  configFileInCommandRule,
  processManagerRule,
  // storage and network
  nestedMountsRule,
  hostPathMountsRule,
  mountPropagationRule,
  portConflictRule,
  privilegedPortRule,
  sshPortRule,
  dnsNdotsRule,
  // identity and hardening beyond the Pod Security Standards
  nonRootConflictRule,
  rootGroupRule,
  readOnlyRootFilesystemRule,
  serviceAccountTokenRule,
  deprecatedServiceAccountRule,
  // workload shape and scheduling
  barePodRule,
  restartPolicyRule,
  recommendedLabelsRule,
  defaultNamespaceRule,
  priorityClassRule,
  topologySpreadRule,
  nodeSelectionRule,
];
