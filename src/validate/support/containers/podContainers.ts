import { containerPath } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

export type PodContainerListKey = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of the pod as the API server validates it, with its path inside the object. */
export interface PodContainer {
  readonly listKey: PodContainerListKey;
  readonly index: number;
  readonly container: JsonObject;
  /** `[...podSpecPath, 'containers', 0]`. */
  readonly path: DataPath;
  /**
   * The name as the server decodes it ("" when missing or null), or undefined when it is not a
   * string (the schema rules report that; name checks skip the container).
   */
  readonly name: string | undefined;
}

const cache = new WeakMap<ObjectContext, readonly PodContainer[]>();

/**
 * Every container of the pod in the API server's validation order: app containers, init
 * containers (sidecars included), then ephemeral containers. Computed once per validation run.
 */
export function podContainers(context: ObjectContext): readonly PodContainer[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const result: PodContainer[] = [];
  const add = (listKey: PodContainerListKey, index: number, container: JsonObject, relativePath: DataPath) => {
    const name = field(container, 'name');
    result.push({
      listKey,
      index,
      container,
      path: [...context.podSpecPath, ...relativePath],
      name: name === undefined || name === null ? '' : typeof name === 'string' ? name : undefined,
    });
  };
  for (const listKey of ['containers', 'initContainers'] as const) {
    for (const slot of context.containers) {
      if (slot.listKey === listKey) add(listKey, slot.index, slot.container, containerPath(slot));
    }
  }
  const ephemeral = context.podSpec ? field(context.podSpec, 'ephemeralContainers') : undefined;
  if (isJsonArray(ephemeral)) {
    ephemeral.forEach((container, index) => {
      if (isJsonObject(container)) add('ephemeralContainers', index, container, ['ephemeralContainers', index]);
    });
  }
  cache.set(context, result);
  return result;
}

/** "container "web"", "init container "setup"" ... for messages. */
export function describeContainer(entry: PodContainer): string {
  const noun =
    entry.listKey === 'containers'
      ? 'container'
      : entry.listKey === 'initContainers'
        ? 'init container'
        : 'ephemeral container';
  return entry.name ? `${noun} "${entry.name}"` : `${noun} #${entry.index + 1}`;
}
