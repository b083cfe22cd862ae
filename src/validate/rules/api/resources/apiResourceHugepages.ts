import { defineRule } from '../../../rule';
import { containerResources } from '../../../support/resources/containerResources';
import { isHugePagesResource } from '../../../support/resources/resourceNames';
import { describeContainer } from '../../../support/containers/podContainers';

const CPU_OR_MEMORY = (name: string) => name === 'cpu' || name === 'memory';

/** A container that uses hugepages also requests or limits cpu or memory. */
export const apiResourceHugepagesRule = defineRule({
  id: 'api/resource-hugepages',
  severity: 'error',
  title: 'Huge pages come with cpu or memory',
  why: "Huge pages are accounted as part of the container's memory, so Kubernetes requires a container that asks for hugepages-<size> to also set cpu or memory in its requests or limits.",
  docsUrl: 'https://kubernetes.io/docs/tasks/manage-hugepages/scheduling-hugepages/',
  appliesTo: 'workload',
  mirrors: ['core.validateResourceRequirements'],
  check(context, report) {
    for (const { owner, path, limits, requests } of containerResources(context)) {
      const names = [...Object.keys(limits), ...Object.keys(requests)];
      if (!names.some(isHugePagesResource) || names.some(CPU_OR_MEMORY)) continue;
      report({
        path,
        errorType: 'Forbidden',
        message: `The ${describeContainer(owner)} uses huge pages but sets no cpu or memory; add a memory request or limit.`,
      });
    }
  },
});
