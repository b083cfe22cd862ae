import type { Rule } from '../../rule';
import { configMapReferenceRule } from './configMapReference';
import { missingKeyRule } from './missingKey';
import { persistentVolumeClaimReferenceRule } from './persistentVolumeClaimReference';
import { secretReferenceRule } from './secretReference';
import { serviceAccountReferenceRule } from './serviceAccountReference';

/**
 * The other objects a pod needs at run time: ConfigMaps, Secrets, PersistentVolumeClaims and its
 * ServiceAccount. Those the file does not define are assumed to exist in the cluster (info, with
 * a fix that adds a stub); keys missing from objects the file does define are warnings.
 */
export const referenceRules: readonly Rule[] = [
  configMapReferenceRule,
  secretReferenceRule,
  persistentVolumeClaimReferenceRule,
  serviceAccountReferenceRule,
  missingKeyRule,
];
