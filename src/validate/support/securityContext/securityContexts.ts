import { containerPath, type ContainerSlot } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/** A pod or container security context, with its path and a name for messages. */
export interface SecurityContextUnderCheck {
  readonly securityContext: JsonObject;
  /** `spec.securityContext` or `spec.containers[0].securityContext`. */
  readonly path: DataPath;
  /** The container, or undefined for the pod's security context. */
  readonly slot: ContainerSlot | undefined;
  /** `the pod` or `container "web"`, for messages. */
  readonly owner: string;
}

/** The pod's security context (when set) and those of its app, init and sidecar containers. */
export function* securityContexts(
  context: ObjectContext,
  which: { readonly pod: boolean; readonly containers: boolean },
): Generator<SecurityContextUnderCheck> {
  if (which.pod) {
    const securityContext = field(context.podSpec, 'securityContext');
    if (isJsonObject(securityContext)) {
      yield { securityContext, path: [...context.podSpecPath, 'securityContext'], slot: undefined, owner: 'the pod' };
    }
  }
  if (!which.containers) return;
  for (const slot of context.containers) {
    const securityContext = field(slot.container, 'securityContext');
    if (!isJsonObject(securityContext)) continue;
    yield {
      securityContext,
      path: [...context.podSpecPath, ...containerPath(slot), 'securityContext'],
      slot,
      owner: `${slot.role === 'app' ? 'container' : slot.role === 'init' ? 'init container' : 'sidecar'} "${slot.name}"`,
    };
  }
}
