import { field } from '../../../../model/jsonValue';
import { isDns1123Label } from '../../../support/nameFormats';
import { defineRule } from '../../../rule';
import { containerResources } from '../../../support/resources/containerResources';
import { describeContainer } from '../../../support/containers/podContainers';
import { decodedString, objectItems } from '../../../support/decoding/decodedValue';

/**
 * Each entry of a container's resources.claims names one of the pod's
 * spec.resourceClaims, once (a claim and one of its requests count as the same claim).
 */
export const apiContainerResourceClaimsRule = defineRule({
  id: 'api/container-resource-claims',
  severity: 'error',
  title: 'Container resource claims name claims of the pod',
  why: "With dynamic resource allocation the pod lists its ResourceClaims in spec.resourceClaims, and each container says which of them it uses by name; a name that is not in the pod's list refers to nothing.",
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/dynamic-resource-allocation/',
  appliesTo: 'workload',
  mirrors: ['core.validateResourceClaimNames'],
  check(context, report) {
    const podClaimNames = new Set<string>();
    for (const { item } of objectItems(field(context.podSpec, 'resourceClaims'))) {
      const name = decodedString(field(item, 'name'));
      if (name) podClaimNames.add(name);
    }
    for (const { owner, path } of containerResources(context)) {
      const resources = field(owner.container, 'resources');
      const seen = new Set<string>();
      for (const { index, item } of objectItems(field(resources, 'claims'))) {
        const name = decodedString(field(item, 'name'));
        const request = decodedString(field(item, 'request'));
        if (name === undefined || request === undefined) continue;
        const at = [...path, 'claims', index];
        if (name === '') {
          report({
            path: at,
            markerPath: [...at, 'name'],
            errorType: 'Required',
            message: `A resource claim of the ${describeContainer(owner)} needs the name of a claim in spec.resourceClaims.`,
          });
          continue;
        }
        if (seen.has(name)) {
          report({
            path: at,
            errorType: 'Duplicate',
            message: `The ${describeContainer(owner)} already uses the claim "${name}".`,
          });
        } else {
          let key = name;
          if (request !== '') {
            if (!isDns1123Label(request))
              report({
                path: [...at, 'request'],
                errorType: 'Invalid',
                message: `"${request}" is not a valid request name (a DNS label).`,
              });
            key = `${name}/${request}`;
          }
          if (seen.has(key)) {
            report({
              path: at,
              errorType: 'Duplicate',
              message: `The ${describeContainer(owner)} already uses request "${request}" of claim "${name}".`,
            });
          } else if (request === '' && [...seen].some((used) => used.startsWith(`${name}/`))) {
            report({
              path: at,
              errorType: 'Duplicate',
              message: `The ${describeContainer(owner)} already uses a request of claim "${name}", so it cannot also use the whole claim.`,
            });
          }
          seen.add(key);
        }
        if (!podClaimNames.has(name)) {
          report({
            path: at,
            markerPath: [...at, 'name'],
            errorType: 'NotFound',
            message: `"${name}" is not one of the pod's spec.resourceClaims${podClaimNames.size === 0 ? ' (there are none)' : ` (${[...podClaimNames].join(', ')})`}.`,
          });
        }
      }
    }
  },
});
