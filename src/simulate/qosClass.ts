import { listContainerSlots } from '../model/containers';
import type { JsonObject } from '../model/jsonValue';
import { formatResourceQuantity } from './formatResourceQuantity';
import { containerLimit, effectiveRequest } from './podResources';

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

export interface QosVerdict {
  readonly qosClass: QosClass;
  /** Why, in one sentence a workshop attendee understands. */
  readonly reason: string;
}

const QOS_RESOURCES = ['cpu', 'memory'] as const;

/**
 * The pod's QoS class as Kubernetes computes it (GetPodQOS) over every container, init
 * containers and sidecars included, looking at CPU and memory only: BestEffort when nobody
 * requests or limits anything; Guaranteed when every container limits both and the summed
 * requests equal the summed limits (requests default to limits); Burstable otherwise.
 */
export function qosClass(podSpec: JsonObject): QosVerdict {
  const slots = listContainerSlots(podSpec);
  const requests = new Map<string, bigint>();
  const limits = new Map<string, bigint>();
  let everyContainerLimitsBoth = true;
  for (const { container } of slots) {
    for (const resource of QOS_RESOURCES) {
      const request = effectiveRequest(container, resource);
      if (request !== null) requests.set(resource, (requests.get(resource) ?? 0n) + request);
      const limit = containerLimit(container, resource);
      if (limit !== null) limits.set(resource, (limits.get(resource) ?? 0n) + limit);
      else everyContainerLimitsBoth = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) {
    return {
      qosClass: 'BestEffort',
      reason:
        'No container sets a CPU or memory request or limit: these pods are the first to be evicted when the node runs short.',
    };
  }
  const requestsEqualLimits =
    [...requests].every(([resource, amount]) => limits.get(resource) === amount) && requests.size === limits.size;
  if (everyContainerLimitsBoth && requestsEqualLimits) {
    return {
      qosClass: 'Guaranteed',
      reason:
        'Every container sets CPU and memory limits and requests equal to them (a request left out defaults to its limit): evicted last.',
    };
  }
  for (const slot of slots) {
    const missing = QOS_RESOURCES.filter((resource) => containerLimit(slot.container, resource) === null);
    if (missing.length > 0)
      return {
        qosClass: 'Burstable',
        reason: `Container ${slot.name || '(unnamed)'} sets no ${missing.map((resource) => (resource === 'cpu' ? 'CPU' : resource)).join(' or ')} limit, so the pod cannot be Guaranteed.`,
      };
  }
  for (const slot of slots) {
    for (const resource of QOS_RESOURCES) {
      const request = effectiveRequest(slot.container, resource)!;
      const limit = containerLimit(slot.container, resource)!;
      if (request !== limit) {
        return {
          qosClass: 'Burstable',
          reason: `Container ${slot.name || '(unnamed)'} requests ${formatResourceQuantity(resource, request)} ${resource === 'cpu' ? 'CPU' : resource} but may use up to ${formatResourceQuantity(resource, limit)}: requests below limits make the pod Burstable.`,
        };
      }
    }
  }
  return { qosClass: 'Burstable', reason: 'The summed requests differ from the summed limits.' };
}
