import { field } from '../../../model/jsonValue';
import { isPinnedImage, readImageReference } from '../../../model/imageReference';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/**
 * imagePullPolicy combinations that surprise people. Not "always use Always": for a pinned tag or
 * a digest the default IfNotPresent is right.
 */
export const practiceImagePullPolicyRule = defineRule({
  id: 'practice/image-pull-policy',
  severity: 'info',
  title: 'Image pull policy fits the image reference',
  why: 'The pull policy decides when a node downloads the image again. With Never the pod only starts on nodes that already have the image; with IfNotPresent a moving tag such as :latest stays at whatever version each node pulled first, so nodes run different code.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const policy = field(slot.container, 'imagePullPolicy');
      const path = [...slot.path, 'imagePullPolicy'];
      if (policy === 'Never') {
        report({
          path,
          message: `The ${describeContainer(slot)} never pulls its image: it fails with ErrImageNeverPull on any node that does not have the image yet (fine for images loaded into a local kind or minikube node).`,
        });
        continue;
      }
      if (policy !== 'IfNotPresent') continue;
      const image = field(slot.container, 'image');
      const parsed = typeof image === 'string' ? readImageReference(image) : undefined;
      if (!parsed?.ok || isPinnedImage(parsed.reference)) continue;
      report({
        path,
        message: `The ${describeContainer(slot)} pulls "${String(image)}" only if the node lacks it, so each node keeps the :latest it pulled first; pin a version tag.`,
      });
    }
  },
});
