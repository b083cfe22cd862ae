import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123LabelProblems, dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedList, decodedString, isAbsent } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';

const SOURCES = ['resourceClaimName', 'resourceClaimTemplateName'] as const;

/**
 * Each pod resource claim has a unique DNS-label name and exactly one of
 * resourceClaimName and resourceClaimTemplateName, each a DNS subdomain.
 */
export const apiPodResourceClaimsRule = defineRule({
  id: 'api/pod-resource-claims',
  severity: 'error',
  title: 'Resource claims have a unique name and one source',
  why: "A pod resource claim (dynamic resource allocation, for devices such as GPUs) is referenced by name from containers' resources.claims, and points at either an existing ResourceClaim or a template to create one from.",
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/dynamic-resource-allocation/',
  appliesTo: 'workload',
  mirrors: ['core.validatePodResourceClaims'],
  check(context, report) {
    const seen = new Set<string>();
    decodedList(field(context.podSpec, 'resourceClaims'))?.forEach((claim, index) => {
      if (!isJsonObject(claim)) return;
      const path = [...context.podSpecPath, 'resourceClaims', index];
      const name = decodedString(field(claim, 'name'));
      const namePath = [...path, 'name'];
      if (name === '') {
        report({
          path: namePath,
          markerPath: markerForMissing(context.object, namePath),
          errorType: 'Required',
          message: 'This resource claim has no name.',
        });
      } else if (name !== undefined && seen.has(name)) {
        report({
          path: namePath,
          errorType: 'Duplicate',
          message: `Another resource claim is already named "${name}".`,
        });
      } else if (name !== undefined) {
        const problems = dns1123LabelProblems(name);
        if (problems.length > 0)
          report({
            path: namePath,
            errorType: 'Invalid',
            message: `Resource claim name "${name}" ${problems.join(' and ')}.`,
          });
        seen.add(name);
      }
      const present = SOURCES.filter((key) => !isAbsent(field(claim, key)));
      if (present.length !== 1) {
        report({
          path,
          errorType: 'Invalid',
          message:
            present.length === 0
              ? 'Set one of resourceClaimName (an existing claim) or resourceClaimTemplateName (a template to create one).'
              : 'Set only one of resourceClaimName and resourceClaimTemplateName.',
        });
      }
      for (const key of present) {
        const value = decodedString(field(claim, key));
        if (value === undefined) continue;
        const problems = dns1123SubdomainProblems(value);
        if (problems.length > 0) {
          report({
            path: [...path, key],
            errorType: 'Invalid',
            message:
              value === '' ? `${key} is empty: name the object.` : `${key} "${value}" ${problems.join(' and ')}.`,
          });
        }
      }
    });
  },
});
