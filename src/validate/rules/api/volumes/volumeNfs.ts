import { defineRule } from '../../../rule';
import { decodedString } from '../../../support/decoding/decodedFields';
import { checkEveryVolume, validatedSource, type VolumeCheck } from '../../../support/volumes/volumeCheck';

/** API server rule 78: an nfs volume names its server and an absolute export path. */
export const checkVolumeNfs: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'nfs') return;
  const nfsPath = [...path, 'nfs'];
  if (decodedString(validated.source, 'server') === '') {
    report({
      path: [...nfsPath, 'server'],
      errorType: 'Required',
      message: `The nfs volume "${name}" needs the NFS server's host name or IP.`,
    });
  }
  const exportPath = decodedString(validated.source, 'path');
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

export const volumeNfsRule = defineRule({
  id: 'api/volume-nfs',
  family: 'api',
  severity: 'error',
  title: 'An nfs volume names a server and an absolute path',
  why: 'An nfs volume mounts a directory exported by an NFS server, so Kubernetes needs the server address and the absolute path of the export.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#nfs',
  appliesTo: 'workload',
  check(context, report) {
    checkEveryVolume(context, checkVolumeNfs, report);
  },
});
