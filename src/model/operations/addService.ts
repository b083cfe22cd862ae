import { field, type JsonObject } from '../jsonValue';
import type { Manifest } from '../manifest';
import { listServices, podLabelsOf, podPorts } from '../services';
import { uniqueName } from '../uniqueName';
import { getObject, podSpecOf, type ObjectRef } from '../workloads';
import { OperationError } from './updatePodSpec';

/** What addService made: the new manifest and where the Service is. */
export interface AddedService {
  readonly manifest: Manifest;
  readonly ref: ObjectRef;
  readonly name: string;
}

/**
 * Adds a Service for the workload at `ref`, as a new document right after the workload's: its
 * selector is the pod's labels and its ports expose the container ports (the port's name as
 * targetPort when it has one, so renumbering the container keeps the Service right).
 * @example addService(manifest, { documentIndex: 0, itemIndex: null }) // a Service "web" after document 0
 */
export function addService(manifest: Manifest, ref: ObjectRef): AddedService {
  const workload = getObject(manifest, ref);
  if (!workload) throw new OperationError('There is no workload to add a Service for.');
  const labels = podLabelsOf(workload);
  if (Object.keys(labels).length === 0)
    throw new OperationError('The pod has no labels for a Service to select: add a pod label first.');
  const metadata = field(workload, 'metadata');
  const workloadName = field(metadata, 'name');
  const namespace = field(metadata, 'namespace');
  const name = uniqueName(
    typeof workloadName === 'string' && workloadName !== '' ? workloadName : 'service',
    listServices(manifest).map((service) => service.name),
  );
  const podSpec = podSpecOf(workload);
  const exposed = podPorts(podSpec);
  const ports = exposed.length
    ? exposed.map((port) => ({
        ...(exposed.length > 1
          ? { name: port.name ?? `port-${port.containerPort}` }
          : port.name
            ? { name: port.name }
            : {}),
        port: port.containerPort,
        targetPort: port.name ?? port.containerPort,
        ...(port.protocol !== 'TCP' ? { protocol: port.protocol } : {}),
      }))
    : [{ port: 80, targetPort: 80 }];
  const service: JsonObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...(typeof namespace === 'string' ? { namespace } : {}) },
    spec: { selector: { ...labels }, ports },
  };
  const at = ref.documentIndex + 1;
  return {
    manifest: [...manifest.slice(0, at), service, ...manifest.slice(at)],
    ref: { documentIndex: at, itemIndex: null },
    name,
  };
}
