import { field } from '../../../../model/jsonValue';
import { hasBackstep } from '../localPath';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, enumValueMeant } from '../../decoding/decodedValue';
import { setFieldFix } from '../../fixes/fieldFixes';

const HOST_PATH_TYPES = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
];

/** A hostPath needs a path without `..` elements, and a known type. */
export const checkHostPathVolume: VolumeCheck = ({ volume, name, path, context }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'hostPath') return;
  const hostPath = decodedString(field(validated.source, 'path'));
  if (hostPath === undefined) return;
  if (hostPath === '') {
    report({
      path: [...path, 'hostPath', 'path'],
      errorType: 'Required',
      message: `The hostPath volume "${name}" needs a path on the node.`,
    });
    return;
  }
  if (hasBackstep(hostPath)) {
    report({
      path: [...path, 'hostPath', 'path'],
      errorType: 'Invalid',
      message: `The hostPath "${hostPath}" of volume "${name}" contains "..": write the node path without going up a directory.`,
    });
  }
  const type = decodedString(field(validated.source, 'type'));
  if (type === undefined || HOST_PATH_TYPES.includes(type)) return;
  const typePath = [...path, 'hostPath', 'type'];
  const canonical = enumValueMeant(type, HOST_PATH_TYPES);
  report({
    path: typePath,
    errorType: 'NotSupported',
    message: `"${type}" is not a hostPath type; use one of ${HOST_PATH_TYPES.slice(1).join(', ')} (or leave it empty for no check).`,
    ...(canonical ? { fix: setFieldFix(context, typePath, canonical, `Set type to ${canonical}`) } : {}),
  });
};
