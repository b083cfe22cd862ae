import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeCsi } from '../../../support/volumes/sourceChecks/checkVolumeCsi';

export const apiVolumeCsiRule = defineRule({
  id: 'api/volume-csi',
  severity: 'error',
  title: 'A csi volume names a valid driver',
  why: 'An inline CSI volume is provided by a storage driver installed in the cluster, which Kubernetes finds by its name, a DNS-style name like ebs.csi.aws.com.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#csi',
  appliesTo: 'workload',
  mirrors: ['core.validateCSIVolumeSource', 'core.ValidateCSIDriverName'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeCsi, report);
  },
});
