import { listContainerSlots } from '../containers';
import { parseEntityId, type EntityId } from '../entityId';
import type { JsonObject } from '../jsonValue';
import { listVolumes } from '../volumes';
import { podSpecOf } from '../workloads';
import { removeContainer } from './removeContainer';
import { removeVolume } from './removeVolume';
import { unmountVolume } from './unmountVolume';

/**
 * Removes what the user deleted on the canvas: containers, volumes (with their mounts) and
 * mounts, last first, so the indexes and name occurrences of what is still to remove stay valid.
 * The pod itself and claim templates are never removed this way.
 */
export function removeEntities(workload: JsonObject, ids: readonly EntityId[]): JsonObject {
  const parsed = ids.map(parseEntityId);
  const podSpec = podSpecOf(workload);
  const slots = listContainerSlots(podSpec);
  const slotOf = (name: string, occurrence: number) =>
    slots.findIndex((slot) => slot.name === name && slot.occurrence === occurrence);
  const containers = parsed
    .flatMap((entity) => (entity?.type === 'container' ? [entity] : []))
    .sort((a, b) => slotOf(b.name, b.occurrence) - slotOf(a.name, a.occurrence));
  const removedSlots = new Set(containers.map((entity) => slotOf(entity.name, entity.occurrence)));
  const mounts = parsed
    .flatMap((entity) => (entity?.type === 'mount' ? [entity] : []))
    .filter((mount) => !removedSlots.has(slotOf(mount.container, mount.occurrence)))
    .sort((a, b) => b.index - a.index);
  const volumeIndex = (name: string, occurrence: number) =>
    listVolumes(podSpec).find((volume) => volume.name === name && volume.occurrence === occurrence)?.index ?? -1;
  const volumes = parsed
    .flatMap((entity) => (entity?.type === 'volume' ? [entity] : []))
    .sort((a, b) => volumeIndex(b.name, b.occurrence) - volumeIndex(a.name, a.occurrence));
  let result = workload;
  for (const mount of mounts) result = unmountVolume(result, mount.container, mount.index, mount.occurrence);
  for (const container of containers) result = removeContainer(result, container.name, container.occurrence);
  for (const volume of volumes) result = removeVolume(result, volume.name, volume.occurrence);
  return result;
}
