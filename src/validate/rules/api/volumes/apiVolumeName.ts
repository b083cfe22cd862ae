import { field } from '../../../../model/jsonValue';
import { isDns1123Label } from '../../../support/nameFormats';
import { defineRule } from '../../../rule';
import { volumeAcceptance } from '../../../support/volumes/volumeAcceptance';

/** Every volume has a name that is a DNS label, unique among the pod's volumes. */
export const apiVolumeNameRule = defineRule({
  id: 'api/volume-name',
  severity: 'error',
  title: 'Volume names are DNS labels, unique in the pod',
  why: 'Containers mount a volume by its name, so every volume needs one, no two may share it, and it must be a short lowercase DNS label (letters, digits and "-", no dots).',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateVolumes'],
  check(context, report) {
    const { duplicateIndexes } = volumeAcceptance(context);
    for (const entry of context.volumes) {
      const value = field(entry.volume, 'name');
      if (value !== undefined && value !== null && typeof value !== 'string') continue;
      const path = [...context.podSpecPath, 'volumes', entry.index, 'name'];
      if (entry.name === '') {
        report({
          path,
          errorType: 'Required',
          message: 'Every volume needs a name, which containers use to mount it.',
        });
      } else if (!isDns1123Label(entry.name)) {
        report({
          path,
          errorType: 'Invalid',
          message: `"${entry.name}" is not a valid volume name: use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit${entry.name.includes('.') ? ' (no dots)' : ''}.`,
        });
      }
      if (duplicateIndexes.has(entry.index)) {
        report({
          path,
          errorType: 'Duplicate',
          message: `Another volume of this pod is already named "${entry.name}".`,
        });
      }
    }
  },
});
