import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeProjected } from '../../../support/volumes/sourceChecks/checkVolumeProjected';

export const apiVolumeProjectedRule = defineRule({
  id: 'api/volume-projected',
  severity: 'error',
  title: 'Projected volume sources are well formed',
  why: 'A projected volume merges several sources into one directory, so each entry of sources projects one thing, no two write the same file, and a service account token needs a file name and a lifetime of at least 10 minutes.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/',
  appliesTo: 'workload',
  mirrors: ['core.validateProjectedVolumeSource', 'core.validateProjectionSources'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeProjected, report);
  },
});
