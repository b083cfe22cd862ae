import { defineRule } from '../../../rule';
import { decodedString } from '../../../support/decoding/decodedFields';
import { caseInsensitiveMatch, setFieldFix } from '../../../support/fixes/guardedFieldFixes';
import { checkEveryVolume, validatedSource, type VolumeCheck } from '../../../support/volumes/volumeCheck';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** API server rule 80: an image volume names its image (in a Pod) and a known pull policy. */
export const checkVolumeImage: VolumeCheck = ({ volume, name, path, context }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'image') return;
  const imagePath = [...path, 'image'];
  // Pod templates may leave the reference empty (a controller may fill it); Pods may not.
  if (context.kind === 'Pod' && decodedString(validated.source, 'reference') === '') {
    report({
      path: [...imagePath, 'reference'],
      errorType: 'Required',
      message: `The image volume "${name}" needs the image reference to mount, like registry.example.com/models:v1.`,
    });
  }
  const pullPolicy = decodedString(validated.source, 'pullPolicy');
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) {
    const canonical = caseInsensitiveMatch(pullPolicy, PULL_POLICIES);
    const policyPath = [...imagePath, 'pullPolicy'];
    report({
      path: policyPath,
      errorType: 'NotSupported',
      message: `"${pullPolicy}" is not a pull policy; use Always, IfNotPresent or Never.`,
      ...(canonical ? { fix: setFieldFix(context, policyPath, canonical, `Set pullPolicy to ${canonical}`) } : {}),
    });
  }
};

export const volumeImageRule = defineRule({
  id: 'api/volume-image',
  family: 'api',
  severity: 'error',
  title: 'An image volume names its image',
  why: 'An image volume mounts the files of an OCI image (a model, a dataset) read-only into the pod, so it needs the image reference to pull.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#image',
  appliesTo: 'workload',
  check(context, report) {
    checkEveryVolume(context, checkVolumeImage, report);
  },
});
