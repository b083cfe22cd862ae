import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeSourceCount } from '../../../support/volumes/sourceChecks/checkVolumeSourceCount';

export const apiVolumeSourceCountRule = defineRule({
  id: 'api/volume-source-count',
  severity: 'error',
  title: 'A volume has exactly one source',
  why: 'A volume is one kind of storage (an emptyDir, a ConfigMap, a claim ...), so Kubernetes rejects a volume that names two sources: split it into two volumes with their own names.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  appliesTo: 'workload',
  mirrors: ['core.validateVolumeSource'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeSourceCount, report);
  },
});
