import type { DataPath } from './dataPath';
import { listContainerSlots, type ContainerSlot } from './containers';
import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';
import type { Manifest } from './manifest';
import { listObjects, podMetadataOf, type ObjectRef, type WorkloadEntry } from './workloads';

/** One entry of a Service's `spec.ports`. */
export interface ServicePort {
  readonly index: number;
  readonly name: string | undefined;
  readonly port: number | undefined;
  /** The pod port traffic goes to: a number, a container port's name, or the `port` when omitted. */
  readonly targetPort: number | string | undefined;
  /** TCP when omitted (the API default). */
  readonly protocol: string;
}

/** A Service of the manifest. */
export interface ServiceEntry {
  readonly ref: ObjectRef;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly object: JsonObject;
  /**
   * `spec.selector` as a map of labels; null when the Service has none (its endpoints are managed
   * by hand, or it is an ExternalName Service) — such a Service selects no pods.
   */
  readonly selector: Readonly<Record<string, string>> | null;
  readonly ports: readonly ServicePort[];
}

/** A container port of a pod: which container declares it, and where. */
export interface PodPort {
  readonly slot: ContainerSlot;
  readonly portIndex: number;
  readonly containerPort: number;
  readonly name: string | undefined;
  readonly protocol: string;
  /** Path of the port entry relative to the pod spec: `['containers', 0, 'ports', 1]`. */
  readonly path: DataPath;
}

const metadataField = (object: JsonObject, key: string): string | undefined => {
  const value = field(field(object, 'metadata'), key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** A map of labels with its non-string values left out (the schema rules report those). */
export function stringMap(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!isJsonObject(value)) return labels;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (typeof entry === 'string') Object.defineProperty(labels, key, { value: entry, enumerable: true });
  }
  return labels;
}

export function isService(object: JsonObject): boolean {
  return field(object, 'kind') === 'Service';
}

/** The Service's ports, with the API's defaults applied to protocol. */
export function servicePorts(service: JsonObject): ServicePort[] {
  const ports = field(field(service, 'spec'), 'ports');
  if (!isJsonArray(ports)) return [];
  return ports.flatMap((entry, index) => {
    if (!isJsonObject(entry)) return [];
    const name = field(entry, 'name');
    const port = field(entry, 'port');
    const targetPort = field(entry, 'targetPort');
    const protocol = field(entry, 'protocol');
    return [
      {
        index,
        name: typeof name === 'string' && name !== '' ? name : undefined,
        port: typeof port === 'number' ? port : undefined,
        targetPort:
          typeof targetPort === 'number' || (typeof targetPort === 'string' && targetPort !== '')
            ? targetPort
            : typeof port === 'number'
              ? port
              : undefined,
        protocol: typeof protocol === 'string' && protocol !== '' ? protocol : 'TCP',
      },
    ];
  });
}

/** The Service object as a ServiceEntry. */
export function serviceEntryOf(ref: ObjectRef, object: JsonObject): ServiceEntry {
  const spec = field(object, 'spec');
  const selector = field(spec, 'selector');
  const labels = stringMap(selector);
  return {
    ref,
    name: metadataField(object, 'name') ?? '',
    namespace: metadataField(object, 'namespace'),
    object,
    selector: field(spec, 'type') === 'ExternalName' || Object.keys(labels).length === 0 ? null : labels,
    ports: servicePorts(object),
  };
}

/** Every Service of the manifest, in file order. */
export function listServices(manifest: Manifest): ServiceEntry[] {
  return listObjects(manifest).flatMap(({ ref, object }) => (isService(object) ? [serviceEntryOf(ref, object)] : []));
}

/** Whether every label of the selector is among the labels, with the same value. */
export function selectorMatches(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>) {
  return Object.keys(selector).every((key) => Object.hasOwn(labels, key) && labels[key] === selector[key]);
}

/** The labels a workload gives its pods. */
export function podLabelsOf(workload: JsonObject): Record<string, string> {
  return stringMap(field(podMetadataOf(workload), 'labels'));
}

/**
 * Whether two objects can be in the same namespace: equal namespaces, or one left unset (it goes
 * wherever `kubectl apply -n` puts it, most likely beside the other).
 */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** The workloads whose pods the Service selects (by pod template labels, in its namespace). */
export function workloadsSelectedBy(service: ServiceEntry, workloads: readonly WorkloadEntry[]): WorkloadEntry[] {
  const { selector } = service;
  if (!selector) return [];
  return workloads.filter(
    (workload) =>
      sameNamespace(service.namespace, metadataField(workload.object, 'namespace')) &&
      selectorMatches(selector, podLabelsOf(workload.object)),
  );
}

/**
 * The ports a Service can reach in a pod: those of its app containers and native sidecars (the
 * containers that keep running), with their protocol (TCP when omitted).
 */
export function podPorts(podSpec: JsonObject): PodPort[] {
  return listContainerSlots(podSpec).flatMap((slot) => {
    if (slot.role === 'init') return [];
    const ports = field(slot.container, 'ports');
    if (!isJsonArray(ports)) return [];
    return ports.flatMap((port, portIndex) => {
      const containerPort = field(port, 'containerPort');
      if (typeof containerPort !== 'number') return [];
      const name = field(port, 'name');
      const protocol = field(port, 'protocol');
      return [
        {
          slot,
          portIndex,
          containerPort,
          name: typeof name === 'string' && name !== '' ? name : undefined,
          protocol: typeof protocol === 'string' && protocol !== '' ? protocol : 'TCP',
          path: [slot.listKey, slot.index, 'ports', portIndex],
        },
      ];
    });
  });
}

/** The pod ports a Service port sends traffic to: by name for a named targetPort, else by number. */
export function portsReachedBy(port: ServicePort, podSpec: JsonObject): PodPort[] {
  const { targetPort } = port;
  if (targetPort === undefined) return [];
  return podPorts(podSpec).filter((podPort) =>
    typeof targetPort === 'string' ? podPort.name === targetPort : podPort.containerPort === targetPort,
  );
}
