import type { DataPath } from './dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from './jsonValue';

/**
 * What a container is for in its pod: an app container; a plain init container (runs to
 * completion before the app starts); or a native sidecar (an init container with
 * `restartPolicy: Always`, started before the app containers and kept running beside them).
 */
export type ContainerRole = 'app' | 'init' | 'sidecar';
export type ContainerListKey = 'containers' | 'initContainers';

export interface ContainerSlot {
  readonly role: ContainerRole;
  readonly listKey: ContainerListKey;
  readonly index: number;
  readonly name: string;
  readonly container: JsonObject;
}

export const PROBE_KINDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export function isNativeSidecar(container: JsonObject): boolean {
  return field(container, 'restartPolicy') === 'Always';
}

/** Init containers and sidecars in their run order, then the app containers. */
export function listContainerSlots(podSpec: JsonObject): ContainerSlot[] {
  const slots: ContainerSlot[] = [];
  for (const listKey of ['initContainers', 'containers'] as const) {
    const list = field(podSpec, listKey);
    if (!isJsonArray(list)) continue;
    list.forEach((container, index) => {
      if (!isJsonObject(container)) return;
      const name = field(container, 'name');
      const role: ContainerRole = listKey === 'containers' ? 'app' : isNativeSidecar(container) ? 'sidecar' : 'init';
      slots.push({ role, listKey, index, name: typeof name === 'string' ? name : '', container });
    });
  }
  return slots;
}

export function findContainerSlot(podSpec: JsonObject, name: string): ContainerSlot | undefined {
  return listContainerSlots(podSpec).find((slot) => slot.name === name);
}

/** Path of a container relative to the pod spec: `['initContainers', 2]`. */
export function containerPath(slot: Pick<ContainerSlot, 'listKey' | 'index'>): DataPath {
  return [slot.listKey, slot.index];
}

export function containerNames(podSpec: JsonObject): string[] {
  return listContainerSlots(podSpec).map((slot) => slot.name);
}
