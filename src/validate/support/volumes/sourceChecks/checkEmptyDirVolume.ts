import { field } from '../../../../model/jsonValue';
import { parseQuantityMillis } from '../../../../model/quantity';
import { validatedSource, type VolumeCheck } from '../volumeCheck';

/** An emptyDir `sizeLimit` must not be negative (reported as Forbidden). */
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
