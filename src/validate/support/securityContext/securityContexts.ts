import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { describeContainer, type PodContainer } from '../containers/podContainers';

/** The pod-level `spec.securityContext`, when set. */
export function podSecurityContext(context: ObjectContext): JsonObject | undefined {
  const value = field(context.podSpec, 'securityContext');
  return isJsonObject(value) ? value : undefined;
}

/** Path of the pod-level security context: ['spec', 'securityContext']. */
export function podSecurityContextPath(context: ObjectContext): DataPath {
  return [...context.podSpecPath, 'securityContext'];
}

/** A container's own `securityContext`, when set. */
export function containerSecurityContext(container: PodContainer): JsonObject | undefined {
  const value = field(container.container, 'securityContext');
  return isJsonObject(value) ? value : undefined;
}

/** A place that may hold a security context: the pod, or one of its containers. */
export interface SecurityContextOwner {
  /** The container, or undefined for the pod. */
  readonly container: PodContainer | undefined;
  /** How a message names it: `the pod`, `the container "web"`, `the sidecar "proxy"`. */
  readonly name: string;
  readonly securityContext: JsonObject | undefined;
  /** Path of its securityContext: ['spec', 'securityContext'], ['spec', 'containers', 0, 'securityContext']. */
  readonly path: DataPath;
  /** Path of the pod spec or the container itself (where a fix may stop removing empty parents). */
  readonly ownerPath: DataPath;
}

/** The pod and then every container, each with its security context (for settings both levels have). */
export function securityContextOwners(context: ObjectContext): readonly SecurityContextOwner[] {
  return [
    {
      container: undefined,
      name: 'the pod',
      securityContext: podSecurityContext(context),
      path: podSecurityContextPath(context),
      ownerPath: context.podSpecPath,
    },
    ...context.containers.map((container) => ({
      container,
      name: `the ${describeContainer(container)}`,
      securityContext: containerSecurityContext(container),
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
  container: PodContainer,
  key: string,
): JsonValue | undefined {
  const own = field(containerSecurityContext(container), key);
  return own !== undefined && own !== null ? own : field(podSecurityContext(context), key);
}
