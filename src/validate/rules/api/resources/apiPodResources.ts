import { field, isJsonObject, type JsonObject } from '../../../../model/jsonValue';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import type { ObjectContext } from '../../../objectContext';
import { compareQuantities, parseQuantityMillis } from '../../../../model/quantity';
import { defineRule } from '../../../rule';
import { containerResources } from '../../../support/resources/containerResources';
import { isHugePagesResource, isOvercommitAllowed } from '../../../support/resources/resourceNames';
import { describeContainer } from '../../../support/containers/podContainers';
import { isAbsent } from '../../../support/decoding/decodedValue';

function supportedAtPodLevel(name: string): boolean {
  return name === 'cpu' || name === 'memory' || isHugePagesResource(name);
}

function addInto(total: Map<string, bigint>, requests: JsonObject): void {
  for (const name of Object.keys(requests)) {
    const millis = parseQuantityMillis(field(requests, name));
    if (millis !== null) total.set(name, (total.get(name) ?? 0n) + millis);
  }
}

function maxInto(total: Map<string, bigint>, other: ReadonlyMap<string, bigint>): void {
  for (const [name, millis] of other) if (millis > (total.get(name) ?? 0n)) total.set(name, millis);
}

/**
 * What the containers of the pod request together (`AggregateContainerRequests`): app containers
 * and sidecars add up; an init container runs alone beside the sidecars started before it.
 */
function aggregateContainerRequests(context: ObjectContext): Map<string, bigint> {
  const total = new Map<string, bigint>();
  const sidecars = new Map<string, bigint>();
  const initPeak = new Map<string, bigint>();
  for (const { owner, requests } of containerResources(context)) {
    if (owner.role === 'app') addInto(total, requests);
    else if (owner.role === 'sidecar') {
      addInto(total, requests);
      addInto(sidecars, requests);
      maxInto(initPeak, sidecars);
    } else {
      const running = new Map(sidecars);
      addInto(running, requests);
      maxInto(initPeak, running);
    }
  }
  maxInto(total, initPeak);
  return total;
}

/**
 * Pod-level resources (spec.resources, PodLevelResources, on by default since
 * 1.34) name cpu, memory or hugepages, are non-negative with requests within limits, have no
 * claims, and bound the containers: no container limit above the pod limit, and the containers'
 * requests together within the pod request.
 */
export const apiPodResourcesRule = defineRule({
  id: 'api/pod-resources',
  severity: 'error',
  title: 'Pod-level resources bound the containers',
  why: 'spec.resources sets a budget for the whole pod that its containers share, so it can only name cpu, memory and huge pages, and no container may be promised more than the pod as a whole.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-pod-level-resources/',
  appliesTo: 'workload',
  mirrors: ['core.validatePodResources', 'core.validatePodResourceConsistency'],
  check(context, report) {
    const resources = field(context.podSpec, 'resources');
    if (!isJsonObject(resources)) return;
    const path = [...context.podSpecPath, 'resources'];
    if (!isAbsent(field(resources, 'claims'))) {
      report({
        path: [...path, 'claims'],
        errorType: 'Forbidden',
        message:
          'Resource claims cannot be set in pod-level resources; list them in spec.resourceClaims and in the containers.',
      });
    }
    const limits = isJsonObject(field(resources, 'limits')) ? (field(resources, 'limits') as JsonObject) : {};
    const requests = isJsonObject(field(resources, 'requests')) ? (field(resources, 'requests') as JsonObject) : {};
    for (const [list, values] of [
      ['limits', limits],
      ['requests', requests],
    ] as const) {
      for (const name of Object.keys(values)) {
        const at = [...path, list, name];
        const problems = qualifiedNameProblems(name);
        if (problems.length > 0)
          report({
            path: at,
            errorType: 'Invalid',
            message: `"${name}" is not a valid resource name: ${problems.join('; ')}.`,
          });
        else if (!supportedAtPodLevel(name))
          report({
            path: at,
            errorType: 'NotSupported',
            message: `Pod-level resources support cpu, memory and hugepages-<size>, not ${name}.`,
          });
        const millis = parseQuantityMillis(field(values, name));
        if (millis !== null && millis < 0n)
          report({
            path: at,
            errorType: 'Invalid',
            message: `The pod-level ${list === 'limits' ? 'limit' : 'request'} of ${name} is negative.`,
          });
      }
    }
    for (const name of Object.keys(requests)) {
      const limit = field(limits, name);
      if (limit === undefined) {
        if (!isOvercommitAllowed(name))
          report({
            path: [...path, 'limits'],
            markerPath: [...path, 'requests', name],
            errorType: 'Required',
            message: `The pod requests ${name} without a limit; ${name} needs a limit equal to the request.`,
          });
        continue;
      }
      const comparison = compareQuantities(field(requests, name), limit);
      if (comparison === null) continue;
      if ((comparison !== 0 && !isOvercommitAllowed(name)) || comparison > 0) {
        report({
          path: [...path, 'requests'],
          markerPath: [...path, 'requests', name],
          errorType: 'Invalid',
          message:
            comparison > 0
              ? `The pod requests more ${name} than its limit of ${String(limit)}.`
              : `The pod's ${name} request must equal its limit.`,
        });
      }
    }
    // Containers may not be promised more than the pod.
    for (const { owner, limits: containerLimits } of containerResources(context)) {
      if (owner.listKey !== 'containers') continue;
      for (const name of Object.keys(containerLimits)) {
        const podLimit = field(limits, name);
        if (podLimit === undefined) continue;
        if ((compareQuantities(field(containerLimits, name), podLimit) ?? 0) > 0) {
          report({
            path: [...path, 'containers', owner.index, name, 'limits'],
            markerPath: [...owner.path, 'resources', 'limits', name],
            errorType: 'Invalid',
            message: `The ${describeContainer(owner)} may use up to ${String(field(containerLimits, name))} of ${name}, more than the pod limit of ${String(podLimit)}.`,
          });
        }
      }
    }
    // Only when the pod request is written: what an unwritten one defaults to depends on the version.
    const aggregate = aggregateContainerRequests(context);
    for (const name of Object.keys(requests)) {
      const podRequest = parseQuantityMillis(field(requests, name));
      const containersRequest = aggregate.get(name);
      if (podRequest === null || containersRequest === undefined || containersRequest <= podRequest) continue;
      report({
        path: [...path, 'requests', name],
        errorType: 'Invalid',
        message: `The containers together request more ${name} than the pod request of ${String(field(requests, name))}.`,
      });
    }
  },
});
