import { field } from '../../../../model/jsonValue';
import { compareQuantities } from '../../../../model/quantity';
import { defineRule } from '../../../rule';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { containerResources } from '../../../support/resources/containerResources';
import { isOvercommitAllowed } from '../../../support/resources/resourceNames';
import { describeContainer } from '../../../support/containers/podContainers';

/**
 * A request is at most its limit (compared as numbers: 1000m equals 1),
 * and for resources that cannot be overcommitted (extended resources, hugepages) the request equals
 * the limit and a limit is set. The server prints these at `resources.requests` / `resources.limits`
 * without the resource key; the marker points at the key.
 */
export const apiResourceRequestsLimitsRule = defineRule({
  id: 'api/resource-requests-limits',
  severity: 'error',
  title: 'Requests do not exceed limits',
  why: 'The request is what the scheduler reserves for the container and the limit the most it may use, so a request above its limit is a contradiction; devices and huge pages cannot be shared, so there the request must equal the limit.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  appliesTo: 'workload',
  mirrors: ['core.ValidateContainerResourceRequirements', 'core.validateResourceRequirements'],
  check(context, report) {
    for (const { owner, path, limits, requests, writtenRequests } of containerResources(context)) {
      for (const name of Object.keys(requests)) {
        const request = field(requests, name);
        const limit = field(limits, name);
        const requestPath = [...path, 'requests', name];
        if (limit === undefined) {
          if (isOvercommitAllowed(name)) continue;
          report({
            path: [...path, 'limits'],
            markerPath: requestPath,
            errorType: 'Required',
            message: `The ${describeContainer(owner)} requests ${name} without a limit; ${name} cannot be overcommitted, so set a limit equal to the request.`,
            ...(request !== undefined && request !== null
              ? { fix: setFieldFix(context, [...path, 'limits', name], request, 'Set the limit equal to the request') }
              : {}),
          });
          continue;
        }
        const comparison = compareQuantities(request, limit);
        if (comparison === null) continue;
        if (comparison !== 0 && !isOvercommitAllowed(name)) {
          report({
            path: [...path, 'requests'],
            markerPath: requestPath,
            errorType: 'Invalid',
            message: `The ${describeContainer(owner)} requests ${String(request)} of ${name} but its limit is ${String(limit)}; for ${name} the request must equal the limit.`,
            ...(Object.hasOwn(writtenRequests, name) && limit !== null
              ? { fix: setFieldFix(context, requestPath, limit, 'Set the request equal to the limit') }
              : {}),
          });
        } else if (comparison > 0) {
          report({
            path: [...path, 'requests'],
            markerPath: requestPath,
            errorType: 'Invalid',
            message: `The ${describeContainer(owner)} requests ${String(request)} of ${name}, more than its limit of ${String(limit)}.`,
          });
        }
      }
    }
  },
});
