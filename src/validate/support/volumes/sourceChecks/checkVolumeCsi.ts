import { field } from '../../../../model/jsonValue';
import { isDns1123Subdomain } from '../../nameFormats';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, presentObject } from '../../decoding/decodedValue';

const MAX_DRIVER_LENGTH = 63;

/** A csi volume names its driver (a DNS subdomain of at most 63 characters). */
export const checkVolumeCsi: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'csi') return;
  const csiPath = [...path, 'csi'];
  const driver = decodedString(field(validated.source, 'driver'));
  if (driver !== undefined) {
    const driverPath = [...csiPath, 'driver'];
    if (driver === '')
      report({
        path: driverPath,
        errorType: 'Required',
        message: `The csi volume "${name}" needs the name of its CSI driver, like ebs.csi.aws.com.`,
      });
    if (driver.length > MAX_DRIVER_LENGTH)
      report({
        path: driverPath,
        errorType: 'TooLong',
        message: `The CSI driver name may be at most ${MAX_DRIVER_LENGTH} characters.`,
      });
    if (!isDns1123Subdomain(driver.toLowerCase())) {
      report({
        path: driverPath,
        errorType: 'Invalid',
        message: `"${driver}" is not a valid CSI driver name: use a DNS subdomain like ebs.csi.aws.com.`,
      });
    }
  }
  const secretRef = presentObject(field(validated.source, 'nodePublishSecretRef'));
  if (!secretRef) return;
  const secretName = decodedString(field(secretRef, 'name'));
  if (secretName === '') {
    report({
      path: [...csiPath, 'nodePublishSecretRef', 'name'],
      errorType: 'Required',
      message: 'nodePublishSecretRef needs the name of a Secret.',
    });
  } else if (secretName !== undefined && !isDns1123Subdomain(secretName)) {
    // The server reports this one at csi.name (sic).
    report({
      path: [...csiPath, 'name'],
      markerPath: [...csiPath, 'nodePublishSecretRef', 'name'],
      errorType: 'Invalid',
      message: `"${secretName}" is not a valid Secret name (a lowercase DNS subdomain).`,
    });
  }
};
