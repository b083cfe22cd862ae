import type { Rule } from '../rule';
import { practiceServiceBackendReadinessRule } from './practice/practiceServiceBackendReadiness';
import { practiceServiceSeveralWorkloadsRule } from './practice/practiceServiceSeveralWorkloads';
import { practiceBarePodRule } from './practice/practiceBarePod';
import { practiceConfigFileInCommandRule } from './practice/practiceConfigFileInCommand';
import { practiceCommandLineInOneItemRule } from './practice/practiceCommandLineInOneItem';
import { practiceProbeHttpsSchemeRule } from './practice/practiceProbeHttpsScheme';
import { practiceStorageClassAnnotationRule } from './practice/practiceStorageClassAnnotation';
import { practiceDefaultContainerRule } from './practice/practiceDefaultContainer';
import { practiceDefaultNamespaceRule } from './practice/practiceDefaultNamespace';
import { practiceDeprecatedServiceAccountRule } from './practice/practiceDeprecatedServiceAccount';
import { practiceDnsNdotsRule } from './practice/practiceDnsNdots';
import { practiceEphemeralStorageRule } from './practice/practiceEphemeralStorage';
import { practiceHostPathRule } from './practice/practiceHostPath';
import { practiceIdenticalProbesRule } from './practice/practiceIdenticalProbes';
import { practiceImagePullPolicyRule } from './practice/practiceImagePullPolicy';
import { practiceImageReferenceRule } from './practice/practiceImageReference';
import { practiceImageTagRule } from './practice/practiceImageTag';
import { practiceLivenessProbeRule } from './practice/practiceLivenessProbe';
import { practiceMemoryRequestBelowLimitRule } from './practice/practiceMemoryRequestBelowLimit';
import { practiceMountPropagationRule } from './practice/practiceMountPropagation';
import { practiceNestedMountsRule } from './practice/practiceNestedMounts';
import { practiceNodeSelectionRule } from './practice/practiceNodeSelection';
import { practiceRunAsNonRootConflictRule } from './practice/practiceRunAsNonRootConflict';
import { practicePlaceholderProbeRule } from './practice/practicePlaceholderProbe';
import { practicePortConflictRule } from './practice/practicePortConflict';
import { practicePriorityClassRule } from './practice/practicePriorityClass';
import { practicePrivilegedPortRule } from './practice/practicePrivilegedPort';
import { practiceProbePortRule } from './practice/practiceProbePort';
import { practiceProcessManagerRule } from './practice/practiceProcessManager';
import { practiceReadinessProbeRule } from './practice/practiceReadinessProbe';
import { practiceReadOnlyRootFilesystemRule } from './practice/practiceReadOnlyRootFilesystem';
import { practiceRecommendedLabelsRule } from './practice/practiceRecommendedLabels';
import { practiceResourcesRule } from './practice/practiceResources';
import { practiceRestartPolicyRule } from './practice/practiceRestartPolicy';
import { practiceRootGroupRule } from './practice/practiceRootGroup';
import { practiceSecretEnvValueRule } from './practice/practiceSecretEnvValue';
import { practiceServiceAccountTokenRule } from './practice/practiceServiceAccountToken';
import { practiceSshPortRule } from './practice/practiceSshPort';
import { practiceStartupProbeRule } from './practice/practiceStartupProbe';
import { practiceTopologySpreadRule } from './practice/practiceTopologySpread';

/** Pod design advice: what the API server accepts but experienced people would change. */
export const practiceRules: readonly Rule[] = [
  // images
  practiceImageReferenceRule,
  practiceImageTagRule,
  practiceImagePullPolicyRule,
  // probes
  practiceReadinessProbeRule,
  practiceLivenessProbeRule,
  practiceIdenticalProbesRule,
  practiceStartupProbeRule,
  practiceProbePortRule,
  // resources
  practiceResourcesRule,
  practiceMemoryRequestBelowLimitRule,
  practiceEphemeralStorageRule,
  // configuration and processes
  practiceSecretEnvValueRule,
  practiceConfigFileInCommandRule,
  practiceProcessManagerRule,
  // storage and network
  practiceNestedMountsRule,
  practiceHostPathRule,
  practiceMountPropagationRule,
  practicePlaceholderProbeRule,
  practicePortConflictRule,
  practicePrivilegedPortRule,
  practiceSshPortRule,
  practiceDnsNdotsRule,
  // identity and hardening beyond the Pod Security Standards
  practiceRunAsNonRootConflictRule,
  practiceRootGroupRule,
  practiceReadOnlyRootFilesystemRule,
  practiceServiceAccountTokenRule,
  practiceDeprecatedServiceAccountRule,
  // workload shape and scheduling
  practiceBarePodRule,
  practiceRestartPolicyRule,
  practiceRecommendedLabelsRule,
  practiceDefaultNamespaceRule,
  practiceDefaultContainerRule,
  practiceProbeHttpsSchemeRule,
  practiceCommandLineInOneItemRule,
  practiceStorageClassAnnotationRule,
  practicePriorityClassRule,
  practiceTopologySpreadRule,
  practiceNodeSelectionRule,
  // Services and the pods they send traffic to
  practiceServiceSeveralWorkloadsRule,
  practiceServiceBackendReadinessRule,
];
