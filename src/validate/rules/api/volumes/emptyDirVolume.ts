import { field } from '../../../../model/jsonValue';
import { parseQuantityMillis } from '../../../../model/quantity';
import { defineRule } from '../../../rule';
import { checkEveryVolume, validatedSource, type VolumeCheck } from '../../../support/volumes/volumeCheck';

/** API server rule 54: an emptyDir `sizeLimit` must not be negative (reported as Forbidden). */
export const checkEmptyDirVolume: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'emptyDir') return;
  const sizeLimit = field(validated.source, 'sizeLimit');
  const millis = parseQuantityMillis(sizeLimit);
  if (millis !== null && millis < 0n) {
    report({
      path: [...path, 'emptyDir', 'sizeLimit'],
      errorType: 'Forbidden',
      message: `The emptyDir volume "${name}" has a negative sizeLimit (${String(sizeLimit)}).`,
    });
  }
};

export const emptyDirVolumeRule = defineRule({
  id: 'api/volume-empty-dir',
  family: 'api',
  severity: 'error',
  title: 'An emptyDir size limit is not negative',
  why: 'sizeLimit caps how much disk (or memory, with medium: Memory) the scratch volume may use; a negative size makes no sense, so the API server refuses it.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  appliesTo: 'workload',
  check(context, report) {
    checkEveryVolume(context, checkEmptyDirVolume, report);
  },
});
