import { field } from '../../../model/jsonValue';
import { readImageReference } from '../../../model/imageReference';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/** Images pinned to a version: a tag other than `latest`, or a digest. */
export const practiceImageTagRule = defineRule({
  id: 'practice/image-tag',
  severity: 'warning',
  title: 'Pin images to a version tag or digest',
  why: 'Without a tag the node pulls :latest, and :latest points at whatever was pushed last: pods started on different days or nodes run different code, and rolling back cannot bring the old version back. Use a version tag (nginx:1.27.3) or a digest (@sha256:…).',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const image = field(slot.container, 'image');
      if (typeof image !== 'string') continue;
      const result = readImageReference(image);
      if (!result.ok) continue;
      const { reference } = result;
      if (reference.digest !== undefined) continue;
      if (reference.tag !== undefined && reference.tag !== 'latest') continue;
      const registryPort = reference.registry?.includes(':')
        ? ` ("${reference.registry.slice(reference.registry.lastIndexOf(':') + 1)}" is the registry's port, not a tag)`
        : '';
      report({
        path: [...slot.path, 'image'],
        message:
          reference.tag === 'latest'
            ? `The ${describeContainer(slot)} uses "${image}"; :latest changes whenever a new image is pushed.`
            : `The ${describeContainer(slot)} uses "${image}" without a tag${registryPort}, so it runs whatever :latest is when the node pulls it.`,
      });
    }
  },
});
