import type { Rule } from '../rule';
import { referenceConfigMapRule } from './reference/referenceConfigMap';
import { referenceMissingKeyRule } from './reference/referenceMissingKey';
import { referencePersistentVolumeClaimRule } from './reference/referencePersistentVolumeClaim';
import { referenceSecretRule } from './reference/referenceSecret';
import { referenceServiceAccountRule } from './reference/referenceServiceAccount';
import { referenceIngressBackendRule } from './reference/referenceIngressBackend';
import { referenceServiceProtocolRule } from './reference/referenceServiceProtocol';
import { referenceServiceSelectorRule } from './reference/referenceServiceSelector';
import { referenceServiceTargetPortRule } from './reference/referenceServiceTargetPort';

/**
 * The other objects a pod needs at run time: ConfigMaps, Secrets, PersistentVolumeClaims and its
 * ServiceAccount, and the Services and Ingresses that send traffic to its pods. Those the file does not define are assumed to exist in the cluster (info, with
 * a fix that adds a stub); keys missing from objects the file does define are warnings.
 */
export const referenceRules: readonly Rule[] = [
  referenceConfigMapRule,
  referenceSecretRule,
  referencePersistentVolumeClaimRule,
  referenceServiceAccountRule,
  referenceMissingKeyRule,
  referenceServiceSelectorRule,
  referenceServiceTargetPortRule,
  referenceServiceProtocolRule,
  referenceIngressBackendRule,
];
