import { field } from '../../../../model/jsonValue';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, enumValueMeant } from '../../decoding/decodedValue';
import { setFieldFix } from '../../fixes/fieldFixes';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/** An image volume names its image (in a Pod) and a known pull policy. */
export const checkVolumeImage: VolumeCheck = ({ volume, name, path, context }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'image') return;
  const imagePath = [...path, 'image'];
  // Pod templates may leave the reference empty (a controller may fill it); Pods may not.
  if (context.kind === 'Pod' && decodedString(field(validated.source, 'reference')) === '') {
    report({
      path: [...imagePath, 'reference'],
      errorType: 'Required',
      message: `The image volume "${name}" needs the image reference to mount, like registry.example.com/models:v1.`,
    });
  }
  const pullPolicy = decodedString(field(validated.source, 'pullPolicy'));
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) {
    const canonical = enumValueMeant(pullPolicy, PULL_POLICIES);
    const policyPath = [...imagePath, 'pullPolicy'];
    report({
      path: policyPath,
      errorType: 'NotSupported',
      message: `"${pullPolicy}" is not a pull policy; use Always, IfNotPresent or Never.`,
      ...(canonical ? { fix: setFieldFix(context, policyPath, canonical, `Set pullPolicy to ${canonical}`) } : {}),
    });
  }
};
