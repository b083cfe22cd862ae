import { parseEntityId, type EntityId } from '../entityId';
import type { JsonObject } from '../jsonValue';
import { removeContainer } from './removeContainer';
import { removeVolume } from './removeVolume';
import { unmountVolume } from './unmountVolume';

/**
 * Removes what the user deleted on the canvas: containers, volumes (with their mounts) and
 * mounts, in an order that keeps indexes valid. The pod itself is never removed this way.
 */
export function removeEntities(workload: JsonObject, ids: readonly EntityId[]): JsonObject {
  const parsed = ids.map(parseEntityId);
  const mounts = parsed
    .flatMap((entity) => (entity?.type === 'mount' ? [entity] : []))
    .sort((a, b) => b.index - a.index);
  const containers = parsed.flatMap((entity) => (entity?.type === 'container' ? [entity.name] : []));
  const volumes = parsed.flatMap((entity) => (entity?.type === 'volume' ? [entity.name] : []));
  let result = workload;
  for (const mount of mounts)
    if (!containers.includes(mount.container)) result = unmountVolume(result, mount.container, mount.index);
  for (const name of containers) result = removeContainer(result, name);
  for (const name of volumes) result = removeVolume(result, name);
  return result;
}
