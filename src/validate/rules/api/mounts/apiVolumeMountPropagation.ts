import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { containerMounts } from '../../../support/containers/containerMounts';
import { describeContainer } from '../../../support/containers/podContainers';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const PROPAGATIONS = ['None', 'HostToContainer', 'Bidirectional'];

/**
 * MountPropagation is None, HostToContainer or Bidirectional, and
 * Bidirectional needs a privileged container. Printed without the mount index.
 */
export const apiVolumeMountPropagationRule = defineRule({
  id: 'api/volume-mount-propagation',
  severity: 'error',
  title: 'Mount propagation is known, and Bidirectional needs privileged',
  why: "Mount propagation decides whether mounts made later on the node or in the container show up on the other side; Bidirectional lets the container change the node's mounts, so only privileged containers may use it.",
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
  appliesTo: 'workload',
  mirrors: ['core.validateMountPropagation'],
  check(context, report) {
    for (const { owner, mount, path, listPath } of containerMounts(context)) {
      const propagation = field(mount, 'mountPropagation');
      if (typeof propagation !== 'string') continue;
      const at = { path: [...listPath, 'mountPropagation'], markerPath: [...path, 'mountPropagation'] };
      if (!PROPAGATIONS.includes(propagation)) {
        const canonical = enumValueMeant(propagation, PROPAGATIONS);
        report({
          ...at,
          errorType: 'NotSupported',
          message: `"${propagation}" is not a mount propagation mode; use None, HostToContainer or Bidirectional.`,
          ...(canonical
            ? { fix: setFieldFix(context, at.markerPath, canonical, `Set mountPropagation to ${canonical}`) }
            : {}),
        });
      }
      const privileged = field(field(owner.container, 'securityContext'), 'privileged') === true;
      if (propagation === 'Bidirectional' && !privileged) {
        report({
          ...at,
          errorType: 'Forbidden',
          message: `Bidirectional mount propagation is only available to privileged containers, and the ${describeContainer(owner)} is not privileged.`,
        });
      }
    }
  },
});
