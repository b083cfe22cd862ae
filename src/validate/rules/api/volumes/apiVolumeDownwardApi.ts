import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeDownwardApi } from '../../../support/volumes/sourceChecks/checkVolumeDownwardApi';

export const apiVolumeDownwardApiRule = defineRule({
  id: 'api/volume-downward-api',
  severity: 'error',
  title: 'Downward API files read one supported pod field',
  why: "A downward API volume writes facts about the pod into files; each file reads exactly one thing, and as files only the pod name, namespace, uid, labels and annotations (or a container's resources) are available.",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/downward-api/',
  appliesTo: 'workload',
  mirrors: ['core.validateDownwardAPIVolumeSource', 'core.validateDownwardAPIVolumeFile'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeDownwardApi, report);
  },
});
