import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/** The three container lists of a pod; the Pod Security Standards check all of them. */
export type PodContainerListKey = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface PodSecurityContainer {
  readonly listKey: PodContainerListKey;
  readonly index: number;
  readonly name: string;
  readonly container: JsonObject;
  /** The container's own securityContext, when it has one. */
  readonly securityContext: JsonObject | undefined;
  /** Path of the container inside the object: ['spec', 'containers', 0]. */
  readonly path: DataPath;
}

const LIST_KEYS: readonly PodContainerListKey[] = ['initContainers', 'containers', 'ephemeralContainers'];
const cache = new WeakMap<ObjectContext, readonly PodSecurityContainer[]>();

/** Every container of the pod (init containers and sidecars, app containers, ephemeral containers). */
export function podSecurityContainers(context: ObjectContext): readonly PodSecurityContainer[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const containers: PodSecurityContainer[] = [];
  for (const listKey of LIST_KEYS) {
    const list = field(context.podSpec, listKey);
    if (!isJsonArray(list)) continue;
    list.forEach((container, index) => {
      if (!isJsonObject(container)) return;
      const name = field(container, 'name');
      const securityContext = field(container, 'securityContext');
      containers.push({
        listKey,
        index,
        name: typeof name === 'string' ? name : '',
        container,
        securityContext: isJsonObject(securityContext) ? securityContext : undefined,
        path: [...context.podSpecPath, listKey, index],
      });
    });
  }
  cache.set(context, containers);
  return containers;
}

/** The pod-level `spec.securityContext`, when set. */
export function podSecurityContext(context: ObjectContext): JsonObject | undefined {
  const value = field(context.podSpec, 'securityContext');
  return isJsonObject(value) ? value : undefined;
}

/** Path of the pod-level security context: ['spec', 'securityContext']. */
export function podSecurityContextPath(context: ObjectContext): DataPath {
  return [...context.podSpecPath, 'securityContext'];
}

/** A place that may hold a security context: the pod, or one of its containers. */
export interface SecurityContextOwner {
  /** How a message names it: "The pod", "The container \"web\"". */
  readonly label: string;
  readonly securityContext: JsonObject | undefined;
  /** Path of its securityContext: ['spec', 'securityContext'], ['spec', 'containers', 0, 'securityContext']. */
  readonly path: DataPath;
  /** Path of the pod spec or the container itself (where a fix may stop removing empty parents). */
  readonly ownerPath: DataPath;
}

/** The pod and then every container, each with its security context (for controls set at either level). */
export function securityContextOwners(context: ObjectContext): readonly SecurityContextOwner[] {
  return [
    {
      label: 'The pod',
      securityContext: podSecurityContext(context),
      path: podSecurityContextPath(context),
      ownerPath: context.podSpecPath,
    },
    ...podSecurityContainers(context).map((container) => ({
      label: `The ${describeContainer(container)}`,
      securityContext: container.securityContext,
      path: [...container.path, 'securityContext'],
      ownerPath: container.path,
    })),
  ];
}

/** A pod that declares `spec.os.name: windows` (Linux-only controls do not apply to it). */
export function isWindowsPod(context: ObjectContext): boolean {
  return field(field(context.podSpec, 'os'), 'name') === 'windows';
}

/**
 * A security setting as the container runs with it: the container's own value, else the pod's
 * (for the fields both levels have: runAsUser, runAsGroup, runAsNonRoot, seccompProfile ...).
 */
export function effectiveSecurityValue(
  context: ObjectContext,
  container: { readonly container: JsonObject },
  key: string,
): JsonValue | undefined {
  const own = field(field(container.container, 'securityContext'), key);
  return own !== undefined && own !== null ? own : field(podSecurityContext(context), key);
}

/** How messages name a container: `container "web"`, `sidecar "proxy"`, `init container "setup"`. */
export function describeContainer(container: {
  readonly listKey: string;
  readonly index: number;
  readonly name: string;
  readonly container: JsonObject;
}): string {
  const role =
    container.listKey === 'containers'
      ? 'container'
      : container.listKey === 'ephemeralContainers'
        ? 'ephemeral container'
        : field(container.container, 'restartPolicy') === 'Always'
          ? 'sidecar'
          : 'init container';
  return container.name === '' ? `${role} ${container.listKey}[${container.index}]` : `${role} "${container.name}"`;
}

/** Strings of a JSON list (other items ignored), with their indexes. */
export function stringItems(value: JsonValue | undefined): { readonly index: number; readonly value: string }[] {
  if (!isJsonArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ index, value: item }] : []));
}
