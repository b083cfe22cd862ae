import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkEmptyDirVolume } from '../../../support/volumes/sourceChecks/checkEmptyDirVolume';

export const apiVolumeEmptyDirRule = defineRule({
  id: 'api/volume-empty-dir',
  severity: 'error',
  title: 'An emptyDir size limit is not negative',
  why: 'sizeLimit caps how much disk (or memory, with medium: Memory) the scratch volume may use; a negative size makes no sense, so the API server refuses it.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  appliesTo: 'workload',
  mirrors: ['core.validateVolumeSource'],
  check(context, report) {
    checkEveryVolume(context, checkEmptyDirVolume, report);
  },
});
