import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { containersExceptEphemeral, type PodContainer } from '../containers/podContainers';

/** The resources of one container, as the API server validates them. */
export interface ContainerResources {
  readonly owner: PodContainer;
  /** `spec.containers[0].resources`. */
  readonly path: DataPath;
  readonly limits: JsonObject;
  /** Requests after defaulting: in a Pod, a resource with a limit and no request requests its limit. */
  readonly requests: JsonObject;
  /** The requests as written (what a fix edits). */
  readonly writtenRequests: JsonObject;
}

function mapping(value: JsonValue | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** Resources of every container (app, init and sidecar). */
export function* containerResources(context: ObjectContext): Generator<ContainerResources> {
  const defaultsRequests = context.kind === 'Pod';
  for (const owner of containersExceptEphemeral(context)) {
    const resources = field(owner.container, 'resources');
    if (!isJsonObject(resources)) continue;
    const limits = mapping(field(resources, 'limits'));
    const writtenRequests = mapping(field(resources, 'requests'));
    let requests = writtenRequests;
    if (defaultsRequests) {
      const missing = Object.keys(limits).filter((name) => !Object.hasOwn(writtenRequests, name));
      if (missing.length > 0) {
        const defaulted: Record<string, JsonValue> = { ...writtenRequests };
        for (const name of missing) defaulted[name] = limits[name]!;
        requests = defaulted;
      }
    }
    yield {
      owner,
      path: [...owner.path, 'resources'],
      limits,
      requests,
      writtenRequests,
    };
  }
}
