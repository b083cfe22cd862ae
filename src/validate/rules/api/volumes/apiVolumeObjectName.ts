import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeObjectName } from '../../../support/volumes/sourceChecks/checkVolumeObjectName';

export const apiVolumeObjectNameRule = defineRule({
  id: 'api/volume-object-name',
  severity: 'error',
  title: 'ConfigMap, Secret and claim volumes name their object',
  why: 'These volumes show the contents of another Kubernetes object (a ConfigMap, a Secret, a PersistentVolumeClaim) inside the container, so they must say which object by name.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#configmap',
  appliesTo: 'workload',
  mirrors: [
    'core.validateSecretVolumeSource',
    'core.validateConfigMapVolumeSource',
    'core.validatePersistentClaimVolumeSource',
    'core.validateProjectionSources',
  ],
  check(context, report) {
    checkEveryVolume(context, checkVolumeObjectName, report);
  },
});
