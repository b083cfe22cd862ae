import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeImage } from '../../../support/volumes/sourceChecks/checkVolumeImage';

export const apiVolumeImageRule = defineRule({
  id: 'api/volume-image',
  severity: 'error',
  title: 'An image volume names its image',
  why: 'An image volume mounts the files of an OCI image (a model, a dataset) read-only into the pod, so it needs the image reference to pull.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#image',
  appliesTo: 'workload',
  mirrors: ['core.validateImageVolumeSource'],
  check(context, report) {
    checkEveryVolume(context, checkVolumeImage, report);
  },
});
