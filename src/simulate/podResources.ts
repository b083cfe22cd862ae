import { listContainerSlots, type ContainerSlot } from '../model/containers';
import { field, isJsonObject, type JsonObject } from '../model/jsonValue';
import { parseQuantityMillis } from '../model/quantity';

/** The init step that needs the most of a resource: an init container plus the sidecars already running. */
export interface InitPeak {
  readonly millis: bigint;
  readonly container: string;
  readonly sidecarsBefore: readonly string[];
}

/** One resource of the pod as the scheduler and the kubelet see it (quantities in thousandths). */
export interface PodResourceLine {
  readonly resource: string;
  /** What the scheduler reserves on a node: max(app containers + sidecars, largest init step) + overhead. */
  readonly request: bigint;
  /** App containers plus native sidecars (they run together). */
  readonly running: bigint;
  readonly initPeak: InitPeak | null;
  readonly overhead: bigint;
  /** The pod's limit, the same formula over limits; null when a container sets none (the pod is then unbounded). */
  readonly limit: bigint | null;
  readonly containersWithoutLimit: readonly string[];
}

function quantityOf(container: JsonObject, section: 'requests' | 'limits', resource: string): bigint | null {
  const value = field(field(field(container, 'resources'), section), resource);
  const millis = value === undefined ? null : parseQuantityMillis(value);
  return millis !== null && millis > 0n ? millis : null;
}

/** A container's request as the API server stores it: the request, else the limit (defaulting). */
export function effectiveRequest(container: JsonObject, resource: string): bigint | null {
  return quantityOf(container, 'requests', resource) ?? quantityOf(container, 'limits', resource);
}

export function containerLimit(container: JsonObject, resource: string): bigint | null {
  return quantityOf(container, 'limits', resource);
}

function resourceNames(slots: readonly ContainerSlot[], overhead: JsonObject): string[] {
  const names = new Set<string>();
  for (const { container } of slots) {
    for (const section of ['requests', 'limits']) {
      const values = field(field(container, 'resources'), section);
      if (isJsonObject(values)) for (const name of Object.keys(values)) names.add(name);
    }
  }
  for (const name of Object.keys(overhead)) names.add(name);
  const order = ['cpu', 'memory', 'ephemeral-storage'];
  return [...names].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
}

/** Kubernetes' pod total (PodRequests/PodLimits with sidecars, KEP-753) for one resource and one quantity reader. */
function podTotal(
  slots: readonly ContainerSlot[],
  amount: (container: JsonObject) => bigint,
): { running: bigint; initPeak: InitPeak | null } {
  let running = 0n;
  for (const slot of slots) if (slot.role === 'app') running += amount(slot.container);
  let sidecars = 0n;
  const sidecarNames: string[] = [];
  let initPeak: InitPeak | null = null;
  for (const slot of slots) {
    if (slot.role === 'app') continue;
    const own = amount(slot.container);
    const step = slot.role === 'sidecar' ? sidecars + own : own + sidecars;
    if (step > 0n && (!initPeak || step > initPeak.millis))
      initPeak = { millis: step, container: slot.name, sidecarsBefore: [...sidecarNames] };
    if (slot.role === 'sidecar') {
      sidecars += own;
      sidecarNames.push(slot.name);
    }
  }
  return { running: running + sidecars, initPeak };
}

/**
 * The pod's effective requests and limits per resource, as the scheduler computes them:
 * max(sum of app containers and native sidecars, the largest init step) plus `spec.overhead`,
 * where an init step is an init container plus the sidecars started before it (a sidecar's own
 * step counts itself and the sidecars before it). Requests left out default to the limits.
 */
export function podResources(podSpec: JsonObject): PodResourceLine[] {
  const slots = listContainerSlots(podSpec);
  const overheadSpec = field(podSpec, 'overhead');
  const overhead = isJsonObject(overheadSpec) ? overheadSpec : {};
  return resourceNames(slots, overhead).map((resource) => {
    const requests = podTotal(slots, (container) => effectiveRequest(container, resource) ?? 0n);
    const overheadMillis = parseQuantityMillis(field(overhead, resource)) ?? 0n;
    const request =
      (requests.initPeak && requests.initPeak.millis > requests.running ? requests.initPeak.millis : requests.running) +
      overheadMillis;
    const containersWithoutLimit = slots
      .filter((slot) => containerLimit(slot.container, resource) === null)
      .map((slot) => slot.name);
    const limits = podTotal(slots, (container) => containerLimit(container, resource) ?? 0n);
    const limitPeak =
      limits.initPeak && limits.initPeak.millis > limits.running ? limits.initPeak.millis : limits.running;
    return {
      resource,
      request,
      running: requests.running,
      initPeak: requests.initPeak,
      overhead: overheadMillis,
      limit: containersWithoutLimit.length === 0 ? limitPeak + overheadMillis : null,
      containersWithoutLimit,
    };
  });
}
