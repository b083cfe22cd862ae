import { field } from '../../../../model/jsonValue';
import { isDns1123Subdomain } from '../../nameFormats';
import { parseQuantityMillis } from '../../../../model/quantity';
import { validatedSource, type VolumeCheck, type VolumeUnderCheck } from '../volumeCheck';
import { decodedString, isAbsent, presentObject } from '../../decoding/decodedValue';

const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
/** ObjectMeta fields a claim template may not set, with the name the server prints (it lower-cases only the first letter of the Go name: UID → uID). */
const FORBIDDEN_TEMPLATE_METADATA: Readonly<Record<string, string>> = {
  name: 'name',
  generateName: 'generateName',
  namespace: 'namespace',
  selfLink: 'selfLink',
  uid: 'uID',
  resourceVersion: 'resourceVersion',
  generation: 'generation',
  creationTimestamp: 'creationTimestamp',
  deletionTimestamp: 'deletionTimestamp',
  deletionGracePeriodSeconds: 'deletionGracePeriodSeconds',
  ownerReferences: 'ownerReferences',
  finalizers: 'finalizers',
  managedFields: 'managedFields',
};

/** The name of the pod the volume belongs to, when the object is a Pod with a name (the server checks only then). */
function podName(target: VolumeUnderCheck): string {
  if (target.context.kind !== 'Pod') return '';
  const name = field(field(target.context.object, 'metadata'), 'name');
  return typeof name === 'string' ? name : '';
}

/**
 * A generic ephemeral volume carries a PersistentVolumeClaim template with
 * access modes and a storage request, only labels and annotations as metadata, and its generated
 * claim name `<pod>-<volume>` must be a valid object name.
 */
export const checkVolumeEphemeral: VolumeCheck = (target, report) => {
  const { volume, name, path } = target;
  const validated = validatedSource(volume);
  if (validated?.type !== 'ephemeral') return;
  const ephemeralPath = [...path, 'ephemeral'];
  const template = presentObject(field(validated.source, 'volumeClaimTemplate'));
  if (!template) {
    if (isAbsent(field(validated.source, 'volumeClaimTemplate'))) {
      report({
        path: [...ephemeralPath, 'volumeClaimTemplate'],
        markerPath: ephemeralPath,
        errorType: 'Required',
        message: `The ephemeral volume "${name}" needs a volumeClaimTemplate describing the claim to create.`,
      });
    }
    return;
  }
  const templatePath = [...ephemeralPath, 'volumeClaimTemplate'];
  const metadata = presentObject(field(template, 'metadata'));
  for (const key of Object.keys(metadata ?? {})) {
    const printed = FORBIDDEN_TEMPLATE_METADATA[key];
    const value = field(metadata, key);
    if (!printed || value === null || value === '' || value === 0 || (Array.isArray(value) && value.length === 0))
      continue;
    report({
      path: [...templatePath, 'metadata', printed],
      markerPath: [...templatePath, 'metadata', key],
      errorType: 'Forbidden',
      message: `A claim template's metadata may only set labels and annotations, not ${key}: Kubernetes names the claim itself.`,
    });
  }
  const spec = presentObject(field(template, 'spec')) ?? {};
  const specPath = [...templatePath, 'spec'];
  const accessModes = field(spec, 'accessModes');
  if (accessModes === undefined || accessModes === null || (Array.isArray(accessModes) && accessModes.length === 0)) {
    report({
      path: [...specPath, 'accessModes'],
      markerPath: specPath,
      errorType: 'Required',
      message: `The claim template of "${name}" needs at least one access mode, like ReadWriteOnce.`,
    });
  } else if (Array.isArray(accessModes)) {
    const modes = accessModes.filter((mode): mode is string => typeof mode === 'string');
    accessModes.forEach((mode, index) => {
      if (typeof mode === 'string' && !ACCESS_MODES.includes(mode)) {
        report({
          path: [...specPath, 'accessModes'],
          markerPath: [...specPath, 'accessModes', index],
          errorType: 'NotSupported',
          message: `"${mode}" is not an access mode; use ${ACCESS_MODES.join(', ')}.`,
        });
      }
    });
    if (
      modes.includes('ReadWriteOncePod') &&
      modes.some((mode) => mode !== 'ReadWriteOncePod' && ACCESS_MODES.includes(mode))
    ) {
      report({
        path: [...specPath, 'accessModes'],
        errorType: 'Forbidden',
        message: 'ReadWriteOncePod cannot be combined with other access modes.',
      });
    }
  }
  const resourcesPath = [...specPath, 'resources'];
  const storage = field(field(field(spec, 'resources'), 'requests'), 'storage');
  if (storage === undefined || storage === null) {
    report({
      path: [...resourcesPath, 'storage'],
      markerPath: resourcesPath,
      errorType: 'Required',
      message: `The claim template of "${name}" needs a storage request (resources.requests.storage), like 1Gi.`,
    });
  } else {
    const millis = parseQuantityMillis(storage);
    if (millis !== null && millis <= 0n) {
      report({
        path: [...resourcesPath, 'storage'],
        markerPath: [...resourcesPath, 'requests', 'storage'],
        errorType: 'Invalid',
        message: `The storage request of "${name}" must be greater than zero.`,
      });
    }
  }
  const storageClassName = decodedString(field(spec, 'storageClassName'));
  if (storageClassName && !isDns1123Subdomain(storageClassName)) {
    report({
      path: [...specPath, 'storageClassName'],
      errorType: 'Invalid',
      message: `"${storageClassName}" is not a valid StorageClass name (a lowercase DNS subdomain).`,
    });
  }
  const volumeMode = decodedString(field(spec, 'volumeMode'));
  if (volumeMode && !VOLUME_MODES.includes(volumeMode)) {
    report({
      path: [...specPath, 'volumeMode'],
      errorType: 'NotSupported',
      message: `"${volumeMode}" is not a volume mode; use Filesystem or Block.`,
    });
  }
  const pod = podName(target);
  if (pod !== '' && name !== '' && !isDns1123Subdomain(`${pod}-${name}`)) {
    report({
      path: [...path, 'name'],
      errorType: 'Invalid',
      message: `The claim this volume creates would be named "${pod}-${name}", which is not a valid object name (a lowercase DNS subdomain of at most 253 characters).`,
    });
  }
};
