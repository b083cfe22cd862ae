import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkHostPathVolume } from '../../../support/volumes/sourceChecks/checkHostPathVolume';

export const apiVolumeHostPathRule = defineRule({
  id: 'api/volume-host-path',
  severity: 'error',
  title: 'A hostPath volume names a node path and a known type',
  why: 'A hostPath volume mounts a file or directory of the node itself; Kubernetes needs the path, refuses paths that climb up with "..", and only knows a fixed list of types (Directory, File, Socket ...).',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  appliesTo: 'workload',
  mirrors: ['core.validateHostPathVolumeSource', 'core.validateHostPathType'],
  check(context, report) {
    checkEveryVolume(context, checkHostPathVolume, report);
  },
});
