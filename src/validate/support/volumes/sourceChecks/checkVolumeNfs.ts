import { field } from '../../../../model/jsonValue';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString } from '../../decoding/decodedValue';

/** An nfs volume names its server and an absolute export path. */
export const checkVolumeNfs: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'nfs') return;
  const nfsPath = [...path, 'nfs'];
  if (decodedString(field(validated.source, 'server')) === '') {
    report({
      path: [...nfsPath, 'server'],
      errorType: 'Required',
      message: `The nfs volume "${name}" needs the NFS server's host name or IP.`,
    });
  }
  const exportPath = decodedString(field(validated.source, 'path'));
  if (exportPath === undefined) return;
  if (exportPath === '') {
    report({
      path: [...nfsPath, 'path'],
      errorType: 'Required',
      message: `The nfs volume "${name}" needs the exported path, like /exports/data.`,
    });
  }
  if (!exportPath.startsWith('/')) {
    report({
      path: [...nfsPath, 'path'],
      errorType: 'Invalid',
      message: `The NFS export path of "${name}" must be absolute (start with /).`,
    });
  }
};
