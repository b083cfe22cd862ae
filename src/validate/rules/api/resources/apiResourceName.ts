import { defineRule } from '../../../rule';
import { containerResources } from '../../../support/resources/containerResources';
import { containerResourceNameProblems } from '../../../support/resources/resourceNames';

/** The keys of resources.limits / requests are container resource names. */
export const apiResourceNameRule = defineRule({
  id: 'api/resource-name',
  severity: 'error',
  title: 'Containers request known resources',
  why: 'A container can request cpu, memory, ephemeral-storage and hugepages by those names; anything else (GPUs, devices) is an extended resource with a domain prefix, like nvidia.com/gpu.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#resource-types',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerResourceName'],
  check(context, report) {
    for (const { path, limits, writtenRequests } of containerResources(context)) {
      for (const [list, values] of [
        ['limits', limits],
        ['requests', writtenRequests],
      ] as const) {
        for (const name of Object.keys(values)) {
          const problems = containerResourceNameProblems(name);
          if (problems.length === 0) continue;
          report({
            path: [...path, list, name],
            errorType: 'Invalid',
            message: `"${name}" is not a resource a container can ${list === 'limits' ? 'be limited in' : 'request'}: ${problems.join('; ')}.`,
          });
        }
      }
    }
  },
});
