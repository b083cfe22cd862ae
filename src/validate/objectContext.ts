import type { DataPath } from '../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { getAtPath } from '../model/valueAtPath';
import { listVolumes, type VolumeEntry } from '../model/volumes';
import type { WorkloadKindInfo } from '../model/workloadKinds';
import { listObjects, workloadKindOf, type ObjectRef } from '../model/workloads';
import { listPodContainers, type PodContainer } from './support/containers/podContainers';
import type { KubernetesTarget } from './support/versions/kubernetesTarget';

/** Everything a rule needs about one object, computed once per validation run. */
export interface ObjectContext {
  readonly manifest: Manifest;
  readonly ref: ObjectRef;
  readonly object: JsonObject;
  readonly apiVersion: string | undefined;
  readonly kind: string | undefined;
  /** The workload kind, when the object has a pod (Pod, Deployment, Job ...). */
  readonly workload: WorkloadKindInfo | undefined;
  /** The pod spec, when the object is a workload. */
  readonly podSpec: JsonObject | undefined;
  /** Path of the pod spec inside the object: ['spec'] or ['spec', 'template', 'spec'] ... */
  readonly podSpecPath: DataPath;
  /** Path of the pod's metadata inside the object. */
  readonly podMetadataPath: DataPath;
  readonly podMetadata: JsonObject | undefined;
  /**
   * Every container of the pod in run order: init containers and sidecars, app containers, then
   * ephemeral containers (see `containersExceptEphemeral` for the containers the pod starts with).
   */
  readonly containers: readonly PodContainer[];
  readonly volumes: readonly VolumeEntry[];
  /** Objects defined in the same manifest, by kind and name ("ConfigMap/app-config"). */
  readonly definedObjects: ReadonlySet<string>;
  /** The Kubernetes version the manifest targets; undefined where versions are not checked. */
  readonly kubernetesTarget: KubernetesTarget | undefined;
}

/** How a validation run is set up beyond its rules. */
export interface ValidationOptions {
  readonly kubernetesTarget?: KubernetesTarget;
}

export function definedObjectKey(kind: string, name: string): string {
  return `${kind}/${name}`;
}

/** Contexts for every object of the manifest (List items included). */
export function buildObjectContexts(manifest: Manifest, options: ValidationOptions = {}): ObjectContext[] {
  const objects = listObjects(manifest);
  const definedObjects = new Set<string>();
  for (const { object } of objects) {
    const kind = field(object, 'kind');
    const name = field(field(object, 'metadata'), 'name');
    if (typeof kind === 'string' && typeof name === 'string') definedObjects.add(definedObjectKey(kind, name));
  }
  return objects.map(({ ref, object }) => {
    const workload = workloadKindOf(object);
    const podSpecValue = workload ? getAtPath(object, workload.podSpecPath) : undefined;
    const podSpec = isJsonObject(podSpecValue) ? podSpecValue : workload ? {} : undefined;
    const podMetadataValue = workload ? getAtPath(object, workload.podMetadataPath) : undefined;
    const apiVersion = field(object, 'apiVersion');
    const kind = field(object, 'kind');
    const podSpecPath = workload?.podSpecPath ?? ['spec'];
    return {
      manifest,
      ref,
      object,
      apiVersion: typeof apiVersion === 'string' ? apiVersion : undefined,
      kind: typeof kind === 'string' ? kind : undefined,
      workload,
      podSpec,
      podSpecPath,
      podMetadataPath: workload?.podMetadataPath ?? ['metadata'],
      podMetadata: isJsonObject(podMetadataValue) ? podMetadataValue : undefined,
      containers: podSpec ? listPodContainers(podSpec, podSpecPath) : [],
      volumes: podSpec ? listVolumes(podSpec) : [],
      definedObjects,
      kubernetesTarget: options.kubernetesTarget,
    };
  });
}
