import { type ContainerRole, isNativeSidecar } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/** What a container is for: the model's roles, and the ephemeral (debug) containers of a running pod. */
export type PodContainerRole = ContainerRole | 'ephemeral';

export type PodContainerListKey = 'initContainers' | 'containers' | 'ephemeralContainers';

/** One container of the pod, as every rule sees it. */
export interface PodContainer {
  readonly role: PodContainerRole;
  readonly listKey: PodContainerListKey;
  readonly index: number;
  /** The name; "" when it is missing or not a string (the schema rules report a wrong type). */
  readonly name: string;
  readonly container: JsonObject;
  /** Path of the container inside the object: `['spec', 'template', 'spec', 'initContainers', 0]`. */
  readonly path: DataPath;
}

const LIST_KEYS: readonly PodContainerListKey[] = ['initContainers', 'containers', 'ephemeralContainers'];

function roleOf(listKey: PodContainerListKey, container: JsonObject): PodContainerRole {
  if (listKey === 'containers') return 'app';
  if (listKey === 'ephemeralContainers') return 'ephemeral';
  return isNativeSidecar(container) ? 'sidecar' : 'init';
}

/**
 * Every container of a pod spec in run order: init containers and native sidecars, app containers,
 * then ephemeral containers. Built once per object and validation run, as `context.containers`.
 */
export function listPodContainers(podSpec: JsonObject, podSpecPath: DataPath): PodContainer[] {
  const containers: PodContainer[] = [];
  for (const listKey of LIST_KEYS) {
    const list = field(podSpec, listKey);
    if (!isJsonArray(list)) continue;
    list.forEach((container, index) => {
      if (!isJsonObject(container)) return;
      const name = field(container, 'name');
      containers.push({
        role: roleOf(listKey, container),
        listKey,
        index,
        name: typeof name === 'string' ? name : '',
        container,
        path: [...podSpecPath, listKey, index],
      });
    });
  }
  return containers;
}

/**
 * The containers the pod is created with: init containers, sidecars and app containers. Ephemeral
 * containers are left out: `kubectl debug` adds them to a running pod, and a manifest may not set
 * them (api/ephemeral-containers says so).
 */
export function containersExceptEphemeral(context: ObjectContext): readonly PodContainer[] {
  return context.containers.filter((container) => container.role !== 'ephemeral');
}

const ROLE_NOUNS: Readonly<Record<PodContainerRole, string>> = {
  app: 'container',
  init: 'init container',
  sidecar: 'sidecar',
  ephemeral: 'ephemeral container',
};

/**
 * How every message names a container: by its role and name, or by its place in the YAML when it
 * has no name.
 * @example describeContainer(web) → 'container "web"'; describeContainer(proxy) → 'sidecar "proxy"';
 * describeContainer(unnamed) → 'init container initContainers[0]'
 */
export function describeContainer(container: Pick<PodContainer, 'role' | 'listKey' | 'index' | 'name'>): string {
  const noun = ROLE_NOUNS[container.role];
  return container.name === '' ? `${noun} ${container.listKey}[${container.index}]` : `${noun} "${container.name}"`;
}
