import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeItemPath } from '../../../support/volumes/sourceChecks/checkVolumeItemPath';

export const apiVolumeItemPathRule = defineRule({
  id: 'api/volume-item-path',
  severity: 'error',
  title: 'Volume items name a key and a relative file path',
  why: 'Each item turns one key into one file of the volume; its path is relative to the mount point and may not climb out of it with "..", so a container cannot be tricked into writing elsewhere.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#configmap',
  appliesTo: 'workload',
  mirrors: ['core.validateKeyToPath', 'core.validateDownwardAPIVolumeFile', 'core.ValidateLocalNonReservedPath'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeItemPath, report);
  },
});
