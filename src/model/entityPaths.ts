import { findContainerSlot, listContainerSlots, PROBE_KINDS } from './containers';
import type { DataPath } from './dataPath';
import {
  containerEntityId,
  mountEntityId,
  parseEntityId,
  POD_ENTITY_ID,
  probeEntityId,
  volumeEntityId,
  type EntityId,
} from './entityId';
import type { JsonObject } from './jsonValue';
import { listVolumes } from './volumes';
import { podSpecOf, workloadKindOf } from './workloads';

/**
 * The data path (inside the workload object) of the part of the pod an entity id names:
 * `container:web` → spec.containers[0]. Null when the entity no longer exists.
 */
export function entityPath(workload: JsonObject, id: EntityId): DataPath | null {
  const parsed = parseEntityId(id);
  if (!parsed) return null;
  const podSpecPath = workloadKindOf(workload)?.podSpecPath ?? ['spec'];
  const podSpec = podSpecOf(workload);
  switch (parsed.type) {
    case 'pod':
      return [];
    case 'container': {
      const slot = findContainerSlot(podSpec, parsed.name);
      return slot ? [...podSpecPath, slot.listKey, slot.index] : null;
    }
    case 'volume': {
      const entry = listVolumes(podSpec).find((volume) => volume.name === parsed.name);
      return entry ? [...podSpecPath, 'volumes', entry.index] : null;
    }
    case 'probe': {
      const slot = findContainerSlot(podSpec, parsed.container);
      return slot ? [...podSpecPath, slot.listKey, slot.index, parsed.probe] : null;
    }
    case 'mount': {
      const slot = findContainerSlot(podSpec, parsed.container);
      return slot ? [...podSpecPath, slot.listKey, slot.index, 'volumeMounts', parsed.index] : null;
    }
    case 'reference':
      return null;
  }
}

/**
 * The most specific entity a data path (inside the workload object) falls in: a mount, a probe,
 * a container, a volume, or the pod itself.
 */
export function entityAtPath(workload: JsonObject, path: DataPath): EntityId {
  const podSpecPath = workloadKindOf(workload)?.podSpecPath ?? ['spec'];
  const inPodSpec = podSpecPath.every((segment, index) => path[index] === segment);
  if (!inPodSpec) return POD_ENTITY_ID;
  const [list, index, child, childIndex] = path.slice(podSpecPath.length);
  const podSpec = podSpecOf(workload);
  if ((list === 'containers' || list === 'initContainers') && typeof index === 'number') {
    const slot = listContainerSlots(podSpec).find(
      (candidate) => candidate.listKey === list && candidate.index === index,
    );
    if (!slot) return POD_ENTITY_ID;
    if (child === 'volumeMounts' && typeof childIndex === 'number') return mountEntityId(slot.name, childIndex);
    const probe = PROBE_KINDS.find((kind) => kind === child);
    if (probe) return probeEntityId(slot.name, probe);
    return containerEntityId(slot.name);
  }
  if (list === 'volumes' && typeof index === 'number') {
    const entry = listVolumes(podSpec).find((volume) => volume.index === index);
    if (entry) return volumeEntityId(entry.name);
  }
  return POD_ENTITY_ID;
}
