import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { describeContainer } from '../../../support/containers/podContainers';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

/**
 * Every container names an image, without leading or trailing spaces.
 * The server checks the spaces only on Pods (and ephemeral containers); in a controller's pod
 * template they pass, but every Pod the controller creates from it is then rejected.
 */
export const apiContainerImageRule = defineRule({
  id: 'api/container-image',
  severity: 'error',
  title: 'Every container names an image',
  why: 'The image is what the container runs: the kubelet pulls it by this exact reference, so it must be set and must not carry stray spaces.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerCommon', 'core.validateContainerOnlyForPod'],
  check(context, report) {
    const isPod = context.kind === 'Pod';
    for (const entry of context.containers) {
      const path = [...entry.path, 'image'];
      const image = decodedString(field(entry.container, 'image'));
      if (image === undefined) continue;
      if (image === '') {
        report({
          path,
          markerPath: markerForMissing(context.object, path),
          errorType: 'Required',
          message: `The ${describeContainer(entry)} has no image: set image to what it should run, such as nginx:1.27.`,
        });
        continue;
      }
      const trimmed = image.trim();
      if (trimmed === image) continue;
      const fix =
        trimmed === '' ? undefined : setFieldFix(context, path, trimmed, `Remove the spaces around "${trimmed}"`);
      const checkedHere = isPod || entry.listKey === 'ephemeralContainers';
      report({
        path,
        ...(checkedHere
          ? { errorType: 'Invalid' as const, message: `Image "${image}" must not have leading or trailing whitespace.` }
          : {
              severity: 'warning' as const,
              message: `Image "${image}" has leading or trailing whitespace: Kubernetes accepts it in a pod template, but rejects every Pod created from it.`,
            }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
