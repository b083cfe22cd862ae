import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { volumeAcceptance } from '../../../support/volumes/volumeAcceptance';
import { containerMounts } from '../../../support/containers/containerMounts';
import { describeContainer } from '../../../support/containers/podContainers';
import { decodedString } from '../../../support/decoding/decodedValue';

/** A volume mount names a volume of the pod (one that is itself valid). */
export const apiVolumeMountNameRule = defineRule({
  id: 'api/volume-mount-name',
  severity: 'error',
  title: 'A volume mount names a volume of the pod',
  why: "A container can only mount volumes declared in the pod's volumes list, by their exact name; a volume that is itself invalid counts as missing.",
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateVolumeMounts'],
  check(context, report) {
    const { accepted, rejected } = volumeAcceptance(context);
    for (const { owner, mount, path } of containerMounts(context)) {
      const name = decodedString(field(mount, 'name'));
      if (name === undefined) continue;
      const namePath = [...path, 'name'];
      if (name === '') {
        report({
          path: namePath,
          errorType: 'Required',
          message: `A volume mount of the ${describeContainer(owner)} does not name the volume to mount.`,
        });
      }
      if (accepted.has(name)) continue;
      report({
        path: namePath,
        errorType: 'NotFound',
        message: rejected.has(name)
          ? `The volume "${name}" exists but is itself invalid, so the API server treats it as missing: fix the volume first.`
          : name === ''
            ? 'A volume mount without a name matches no volume.'
            : `The volume mount "${name}" of the ${describeContainer(owner)} names no volume of this pod.`,
      });
    }
  },
});
