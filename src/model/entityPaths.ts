import { CLAIM_TEMPLATES_PATH, listClaimTemplates } from './claimTemplates';
import { type ContainerSlot, findContainerSlot, listContainerSlots, PROBE_KINDS } from './containers';
import type { DataPath } from './dataPath';
import {
  claimEntityId,
  containerEntityId,
  mountEntityId,
  parseEntityId,
  POD_ENTITY_ID,
  probeEntityId,
  volumeEntityId,
  type EntityId,
} from './entityId';
import type { JsonObject } from './jsonValue';
import { findVolume, listVolumes, type VolumeEntry } from './volumes';
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
      const slot = findContainerSlot(podSpec, parsed.name, parsed.occurrence);
      return slot ? [...podSpecPath, slot.listKey, slot.index] : null;
    }
    case 'volume': {
      const entry = findVolume(podSpec, parsed.name, parsed.occurrence);
      return entry ? [...podSpecPath, 'volumes', entry.index] : null;
    }
    case 'claim': {
      const entry = listClaimTemplates(workload).find(
        (template) => template.name === parsed.name && template.occurrence === parsed.occurrence,
      );
      return entry ? [...CLAIM_TEMPLATES_PATH, entry.index] : null;
    }
    case 'probe': {
      const slot = findContainerSlot(podSpec, parsed.container, parsed.occurrence);
      return slot ? [...podSpecPath, slot.listKey, slot.index, parsed.probe] : null;
    }
    case 'mount': {
      const slot = findContainerSlot(podSpec, parsed.container, parsed.occurrence);
      return slot ? [...podSpecPath, slot.listKey, slot.index, 'volumeMounts', parsed.index] : null;
    }
    case 'reference':
      return null;
  }
}

/**
 * The most specific entity a data path (inside the workload object) falls in: a mount, a probe,
 * a container, a volume, a claim template, or the pod itself.
 */
/**
 * The container slots and volumes of a pod spec, listed once per spec object: the canvas asks for
 * the entity of every finding after each keystroke, and the document's objects never change (an
 * edit makes new ones), so a spec's lists stay valid for as long as the spec lives.
 */
const slotsBySpec = new WeakMap<JsonObject, readonly ContainerSlot[]>();
const volumesBySpec = new WeakMap<JsonObject, readonly VolumeEntry[]>();

function slotsOf(podSpec: JsonObject): readonly ContainerSlot[] {
  const known = slotsBySpec.get(podSpec);
  if (known) return known;
  const slots = listContainerSlots(podSpec);
  slotsBySpec.set(podSpec, slots);
  return slots;
}

function volumesOf(podSpec: JsonObject): readonly VolumeEntry[] {
  const known = volumesBySpec.get(podSpec);
  if (known) return known;
  const volumes = listVolumes(podSpec);
  volumesBySpec.set(podSpec, volumes);
  return volumes;
}

export function entityAtPath(workload: JsonObject, path: DataPath): EntityId {
  const inClaimTemplates = CLAIM_TEMPLATES_PATH.every((segment, index) => path[index] === segment);
  if (inClaimTemplates) {
    const index = path[CLAIM_TEMPLATES_PATH.length];
    const entry = listClaimTemplates(workload).find((template) => template.index === index);
    return entry ? claimEntityId(entry.name, entry.occurrence) : POD_ENTITY_ID;
  }
  const podSpecPath = workloadKindOf(workload)?.podSpecPath ?? ['spec'];
  const inPodSpec = podSpecPath.every((segment, index) => path[index] === segment);
  if (!inPodSpec) return POD_ENTITY_ID;
  const [list, index, child, childIndex] = path.slice(podSpecPath.length);
  const podSpec = podSpecOf(workload);
  if ((list === 'containers' || list === 'initContainers') && typeof index === 'number') {
    const slot = slotsOf(podSpec).find((candidate) => candidate.listKey === list && candidate.index === index);
    if (!slot) return POD_ENTITY_ID;
    if (child === 'volumeMounts' && typeof childIndex === 'number')
      return mountEntityId(slot.name, childIndex, slot.occurrence);
    const probe = PROBE_KINDS.find((kind) => kind === child);
    if (probe) return probeEntityId(slot.name, probe, slot.occurrence);
    return containerEntityId(slot.name, slot.occurrence);
  }
  if (list === 'volumes' && typeof index === 'number') {
    const entry = volumesOf(podSpec).find((volume) => volume.index === index);
    if (entry) return volumeEntityId(entry.name, entry.occurrence);
  }
  return POD_ENTITY_ID;
}
