import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeNfs } from '../../../support/volumes/sourceChecks/checkVolumeNfs';

export const apiVolumeNfsRule = defineRule({
  id: 'api/volume-nfs',
  severity: 'error',
  title: 'An nfs volume names a server and an absolute path',
  why: 'An nfs volume mounts a directory exported by an NFS server, so Kubernetes needs the server address and the absolute path of the export.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#nfs',
  appliesTo: 'workload',
  mirrors: ['core.validateNFSVolumeSource'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeNfs, report);
  },
});
