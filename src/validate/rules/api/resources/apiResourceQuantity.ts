import { field } from '../../../../model/jsonValue';
import { parseQuantityMillis, quantityWholeUnits } from '../../../../model/quantity';
import { defineRule } from '../../../rule';
import { containerResources } from '../../../support/resources/containerResources';
import { isHugePagesResource, isIntegerResource } from '../../../support/resources/resourceNames';

/** The page size a hugepages resource name carries (`hugepages-2Mi` → 2097152 bytes), or null. */
function hugePageSize(name: string): bigint | null {
  const millis = parseQuantityMillis(name.slice('hugepages-'.length));
  if (millis === null || millis <= 0n || millis % 1000n !== 0n) return null;
  return millis / 1000n;
}

/**
 * Resource quantities are not negative, extended resources
 * are whole numbers, and hugepages are whole multiples of their page size.
 */
export const apiResourceQuantityRule = defineRule({
  id: 'api/resource-quantity',
  severity: 'error',
  title: 'Resource quantities are non-negative and whole where they must be',
  why: 'Requests and limits are amounts, so they cannot be negative; devices (extended resources like nvidia.com/gpu) come in whole units, and huge pages in whole pages.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateResourceQuantityValue', 'core.validateResourceQuantityHugePageValue'],
  check(context, report) {
    for (const { path, limits, writtenRequests } of containerResources(context)) {
      for (const [list, values] of [
        ['limits', limits],
        ['requests', writtenRequests],
      ] as const) {
        for (const name of Object.keys(values)) {
          const value = field(values, name);
          const millis = parseQuantityMillis(value);
          if (millis === null) continue;
          const at = [...path, list, name];
          if (millis < 0n) {
            report({
              path: at,
              errorType: 'Invalid',
              message: `The ${list === 'limits' ? 'limit' : 'request'} of ${name} is negative (${String(value)}); it must be 0 or more.`,
            });
          }
          if (isIntegerResource(name) && millis % 1000n !== 0n) {
            report({
              path: at,
              errorType: 'Invalid',
              message: `${name} is counted in whole units, so ${String(value)} is not allowed: use an integer.`,
            });
          }
          if (isHugePagesResource(name)) {
            const pageSize = hugePageSize(name);
            const bytes = quantityWholeUnits(value);
            if (pageSize === null || (bytes !== null && bytes % pageSize !== 0n)) {
              report({
                path: at,
                errorType: 'Invalid',
                message:
                  pageSize === null
                    ? `"${name}" does not name a page size, like hugepages-2Mi.`
                    : `${String(value)} is not a whole number of ${name.slice('hugepages-'.length)} pages.`,
              });
            }
          }
        }
      }
    }
  },
});
