import { field } from '../../../model/jsonValue';
import { readImageReference } from '../../../model/imageReference';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/**
 * Image references the container runtime cannot parse (InvalidImageName). The API server checks
 * only that the image is not empty or padded with spaces, so those cases are left to it.
 */
export const practiceImageReferenceRule = defineRule({
  id: 'practice/image-reference',
  severity: 'error',
  title: 'Image references can be pulled',
  why: 'The API server accepts any text as an image, but the node cannot pull a malformed reference: the container never starts and the pod shows InvalidImageName.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const image = field(slot.container, 'image');
      if (typeof image !== 'string' || image.trim() === '' || image.trim() !== image) continue;
      const result = readImageReference(image);
      if (result.ok) continue;
      report({
        path: [...slot.path, 'image'],
        message: `The image "${image}" of the ${describeContainer(slot)} is not a valid reference: ${result.problem}.`,
      });
    }
  },
});
