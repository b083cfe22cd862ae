import type { Rule } from '../rule';
import { apiContainerImageRule } from './api/containers/apiContainerImage';
import { apiContainerNameRule } from './api/containers/apiContainerName';
import { apiContainersRequiredRule } from './api/containers/apiContainersRequired';
import { apiImagePullPolicyRule } from './api/containers/apiImagePullPolicy';
import { apiTerminationMessagePolicyRule } from './api/containers/apiTerminationMessagePolicy';
import { apiControllerActiveDeadlineRule } from './api/controllers/apiControllerActiveDeadline';
import { apiControllerCountsRule } from './api/controllers/apiControllerCounts';
import { apiControllerRestartPolicyRule } from './api/controllers/apiControllerRestartPolicy';
import { apiControllerSelectorRule } from './api/controllers/apiControllerSelector';
import { apiCronjobScheduleRule } from './api/controllers/apiCronjobSchedule';
import { apiDeploymentStrategyRule } from './api/controllers/apiDeploymentStrategy';
import { apiJobSettingsRule } from './api/controllers/apiJobSettings';
import { apiEnvDuplicateNameRule } from './api/env/apiEnvDuplicateName';
import { apiEnvFieldRefRule } from './api/env/apiEnvFieldRef';
import { apiEnvFromRule } from './api/env/apiEnvFrom';
import { apiEnvKeyRefRule } from './api/env/apiEnvKeyRef';
import { apiEnvNameRule } from './api/env/apiEnvName';
import { apiEnvResourceFieldRefRule } from './api/env/apiEnvResourceFieldRef';
import { apiEnvValueFromRule } from './api/env/apiEnvValueFrom';
import { apiContainerRestartPolicyRule } from './api/lifecycle/apiContainerRestartPolicy';
import { apiEphemeralContainersRule } from './api/lifecycle/apiEphemeralContainers';
import { apiLifecycleHookRule } from './api/lifecycle/apiLifecycleHook';
import { apiAnnotationSyntaxRule } from './api/metadata/apiAnnotationSyntax';
import { apiApparmorAnnotationRule } from './api/metadata/apiApparmorAnnotation';
import { apiDeprecatedPodAnnotationRule } from './api/metadata/apiDeprecatedPodAnnotation';
import { apiFinalizerNameRule } from './api/metadata/apiFinalizerName';
import { apiLabelSyntaxRule } from './api/metadata/apiLabelSyntax';
import { apiMirrorPodAnnotationRule } from './api/metadata/apiMirrorPodAnnotation';
import { apiObjectNameRule } from './api/metadata/apiObjectName';
import { apiObjectNamespaceRule } from './api/metadata/apiObjectNamespace';
import { apiPodDeletionCostRule } from './api/metadata/apiPodDeletionCost';
import { apiSeccompAnnotationRule } from './api/metadata/apiSeccompAnnotation';
import { apiVolumeDeviceRule } from './api/mounts/apiVolumeDevice';
import { apiVolumeMountNameRule } from './api/mounts/apiVolumeMountName';
import { apiVolumeMountPathRule } from './api/mounts/apiVolumeMountPath';
import { apiVolumeMountPropagationRule } from './api/mounts/apiVolumeMountPropagation';
import { apiVolumeMountRecursiveReadOnlyRule } from './api/mounts/apiVolumeMountRecursiveReadOnly';
import { apiVolumeMountSubPathRule } from './api/mounts/apiVolumeMountSubPath';
import { apiActiveDeadlineSecondsRule } from './api/podSpec/apiActiveDeadlineSeconds';
import { apiClassNameRule } from './api/podSpec/apiClassName';
import { apiDnsConfigRule } from './api/podSpec/apiDnsConfig';
import { apiDnsPolicyRule } from './api/podSpec/apiDnsPolicy';
import { apiHostAliasesRule } from './api/podSpec/apiHostAliases';
import { apiImagePullSecretsRule } from './api/podSpec/apiImagePullSecrets';
import { apiNodeAffinityRule } from './api/podSpec/apiNodeAffinity';
import { apiNodeNameRule } from './api/podSpec/apiNodeName';
import { apiNodeSelectorRule } from './api/podSpec/apiNodeSelector';
import { apiOsSpecificFieldsRule } from './api/podSpec/apiOsSpecificFields';
import { apiPodAffinityRule } from './api/podSpec/apiPodAffinity';
import { apiPodHostnameRule } from './api/podSpec/apiPodHostname';
import { apiPodOsRule } from './api/podSpec/apiPodOs';
import { apiPodOverheadRule } from './api/podSpec/apiPodOverhead';
import { apiPodResourceClaimsRule } from './api/podSpec/apiPodResourceClaims';
import { apiPreemptionPolicyRule } from './api/podSpec/apiPreemptionPolicy';
import { apiReadinessGatesRule } from './api/podSpec/apiReadinessGates';
import { apiRestartPolicyRule } from './api/podSpec/apiRestartPolicy';
import { apiSchedulingGatesRule } from './api/podSpec/apiSchedulingGates';
import { apiServiceAccountNameRule } from './api/podSpec/apiServiceAccountName';
import { apiTerminationGracePeriodRule } from './api/podSpec/apiTerminationGracePeriod';
import { apiTolerationsRule } from './api/podSpec/apiTolerations';
import { apiTopologySpreadRule } from './api/podSpec/apiTopologySpread';
import { apiHostNetworkPortRule } from './api/ports/apiHostNetworkPort';
import { apiHostPortConflictRule } from './api/ports/apiHostPortConflict';
import { apiPortDefinitionOverlapRule } from './api/ports/apiPortDefinitionOverlap';
import { apiPortNameRule } from './api/ports/apiPortName';
import { apiPortNumberRule } from './api/ports/apiPortNumber';
import { apiPortProtocolRule } from './api/ports/apiPortProtocol';
import { apiInitContainerProbesRule } from './api/probes/apiInitContainerProbes';
import { apiProbeHandlerRule } from './api/probes/apiProbeHandler';
import { apiProbeTimingRule } from './api/probes/apiProbeTiming';
import { apiContainerResourceClaimsRule } from './api/resources/apiContainerResourceClaims';
import { apiPodResourcesRule } from './api/resources/apiPodResources';
import { apiResizePolicyRule } from './api/resources/apiResizePolicy';
import { apiResourceHugepagesRule } from './api/resources/apiResourceHugepages';
import { apiResourceNameRule } from './api/resources/apiResourceName';
import { apiResourceQuantityRule } from './api/resources/apiResourceQuantity';
import { apiResourceRequestsLimitsRule } from './api/resources/apiResourceRequestsLimits';
import { apiApparmorProfileRule } from './api/securityContext/apiApparmorProfile';
import { apiHostNamespacesUserNamespaceRule } from './api/securityContext/apiHostNamespacesUserNamespace';
import { apiPodSecurityContextPolicyRule } from './api/securityContext/apiPodSecurityContextPolicy';
import { apiPrivilegeEscalationRule } from './api/securityContext/apiPrivilegeEscalation';
import { apiProcMountRule } from './api/securityContext/apiProcMount';
import { apiSeccompProfileRule } from './api/securityContext/apiSeccompProfile';
import { apiSecurityContextIdsRule } from './api/securityContext/apiSecurityContextIds';
import { apiShareProcessNamespaceRule } from './api/securityContext/apiShareProcessNamespace';
import { apiSysctlsRule } from './api/securityContext/apiSysctls';
import { apiWindowsHostProcessRule } from './api/securityContext/apiWindowsHostProcess';
import { apiWindowsOptionsRule } from './api/securityContext/apiWindowsOptions';
import { apiVolumeCsiRule } from './api/volumes/apiVolumeCsi';
import { apiVolumeDownwardApiRule } from './api/volumes/apiVolumeDownwardApi';
import { apiVolumeEmptyDirRule } from './api/volumes/apiVolumeEmptyDir';
import { apiVolumeEphemeralRule } from './api/volumes/apiVolumeEphemeral';
import { apiVolumeFileModeRule } from './api/volumes/apiVolumeFileMode';
import { apiVolumeHostPathRule } from './api/volumes/apiVolumeHostPath';
import { apiVolumeImageRule } from './api/volumes/apiVolumeImage';
import { apiVolumeItemPathRule } from './api/volumes/apiVolumeItemPath';
import { apiVolumeNameRule } from './api/volumes/apiVolumeName';
import { apiVolumeNfsRule } from './api/volumes/apiVolumeNfs';
import { apiVolumeObjectNameRule } from './api/volumes/apiVolumeObjectName';
import { apiVolumeProjectedRule } from './api/volumes/apiVolumeProjected';
import { apiVolumeSourceCountRule } from './api/volumes/apiVolumeSourceCount';

/** API-server parity: what `kubectl apply` would be rejected for, at the server's field paths. */
export const apiRules: readonly Rule[] = [
  // object metadata: names, labels, annotations, finalizers (api/metadata/)
  apiObjectNameRule,
  apiObjectNamespaceRule,
  apiLabelSyntaxRule,
  apiAnnotationSyntaxRule,
  apiFinalizerNameRule,
  apiPodDeletionCostRule,
  apiApparmorAnnotationRule,
  apiSeccompAnnotationRule,
  apiMirrorPodAnnotationRule,
  apiDeprecatedPodAnnotationRule,
  // containers: names, images, pull and termination message policies (api/containers/)
  apiContainersRequiredRule,
  apiContainerNameRule,
  apiContainerImageRule,
  apiImagePullPolicyRule,
  apiTerminationMessagePolicyRule,
  // container ports (api/ports/)
  apiPortNameRule,
  apiPortNumberRule,
  apiPortProtocolRule,
  apiHostPortConflictRule,
  apiHostNetworkPortRule,
  apiPortDefinitionOverlapRule,
  // environment variables (api/env/)
  apiEnvNameRule,
  apiEnvValueFromRule,
  apiEnvFieldRefRule,
  apiEnvResourceFieldRefRule,
  apiEnvKeyRefRule,
  apiEnvFromRule,
  apiEnvDuplicateNameRule,
  // volumes and their sources (api/volumes/)
  apiVolumeNameRule,
  apiVolumeSourceCountRule,
  apiVolumeEmptyDirRule,
  apiVolumeHostPathRule,
  apiVolumeObjectNameRule,
  apiVolumeFileModeRule,
  apiVolumeItemPathRule,
  apiVolumeDownwardApiRule,
  apiVolumeProjectedRule,
  apiVolumeEphemeralRule,
  apiVolumeNfsRule,
  apiVolumeCsiRule,
  apiVolumeImageRule,
  // volume mounts and devices (api/mounts/)
  apiVolumeMountNameRule,
  apiVolumeMountPathRule,
  apiVolumeMountSubPathRule,
  apiVolumeMountPropagationRule,
  apiVolumeMountRecursiveReadOnlyRule,
  apiVolumeDeviceRule,
  // probes (api/probes/)
  apiProbeHandlerRule,
  apiProbeTimingRule,
  apiInitContainerProbesRule,
  // lifecycle hooks, container restart policy, ephemeral containers (api/lifecycle/)
  apiLifecycleHookRule,
  apiContainerRestartPolicyRule,
  apiEphemeralContainersRule,
  // resources: requests, limits, claims, resize policy (api/resources/)
  apiResourceNameRule,
  apiResourceQuantityRule,
  apiResourceRequestsLimitsRule,
  apiResourceHugepagesRule,
  apiContainerResourceClaimsRule,
  apiPodResourcesRule,
  apiResizePolicyRule,
  // security contexts (api/securityContext/)
  apiSecurityContextIdsRule,
  apiShareProcessNamespaceRule,
  apiPodSecurityContextPolicyRule,
  apiSeccompProfileRule,
  apiApparmorProfileRule,
  apiSysctlsRule,
  apiPrivilegeEscalationRule,
  apiProcMountRule,
  apiHostNamespacesUserNamespaceRule,
  apiWindowsOptionsRule,
  apiWindowsHostProcessRule,
  // the rest of the pod spec (api/podSpec/)
  apiPodOsRule,
  apiOsSpecificFieldsRule,
  apiRestartPolicyRule,
  apiDnsPolicyRule,
  apiDnsConfigRule,
  apiPodHostnameRule,
  apiHostAliasesRule,
  apiNodeSelectorRule,
  apiServiceAccountNameRule,
  apiNodeNameRule,
  apiClassNameRule,
  apiPreemptionPolicyRule,
  apiActiveDeadlineSecondsRule,
  apiTerminationGracePeriodRule,
  apiImagePullSecretsRule,
  apiReadinessGatesRule,
  apiSchedulingGatesRule,
  apiTolerationsRule,
  apiNodeAffinityRule,
  apiPodAffinityRule,
  apiTopologySpreadRule,
  apiPodResourceClaimsRule,
  apiPodOverheadRule,
  // controllers: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob (api/controllers/)
  apiControllerRestartPolicyRule,
  apiControllerSelectorRule,
  apiControllerCountsRule,
  apiControllerActiveDeadlineRule,
  apiDeploymentStrategyRule,
  apiJobSettingsRule,
  apiCronjobScheduleRule,
];
