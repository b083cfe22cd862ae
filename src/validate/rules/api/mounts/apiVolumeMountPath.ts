import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { containerMounts } from '../../../support/containers/containerMounts';
import { describeContainer } from '../../../support/containers/podContainers';
import { decodedString } from '../../../support/decoding/decodedValue';

/** A volume mount has a mountPath, unique within its container. */
export const apiVolumeMountPathRule = defineRule({
  id: 'api/volume-mount-path',
  severity: 'error',
  title: 'A volume mount has a mount path, unique in its container',
  why: 'mountPath is the directory inside the container where the volume appears; one container cannot mount two things at the same path (different containers may).',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateVolumeMounts'],
  check(context, report) {
    let seenContainer: unknown;
    let seenPaths = new Set<string>();
    for (const { owner, mount, path } of containerMounts(context)) {
      if (owner !== seenContainer) {
        seenContainer = owner;
        seenPaths = new Set();
      }
      const mountPath = decodedString(field(mount, 'mountPath'));
      if (mountPath === undefined) continue;
      const at = [...path, 'mountPath'];
      if (mountPath === '') {
        report({
          path: at,
          errorType: 'Required',
          message: `A volume mount of the ${describeContainer(owner)} needs a mountPath: the directory where the volume appears.`,
        });
      }
      if (seenPaths.has(mountPath)) {
        report({
          path: at,
          errorType: 'Invalid',
          message: `The ${describeContainer(owner)} already mounts something at ${mountPath === '' ? 'an empty path' : `"${mountPath}"`}; each mount path must be unique.`,
        });
      }
      seenPaths.add(mountPath);
    }
  },
});
