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
  /** 1 for the first container of this name, 2 for a second one (an error, drawn all the same) … */
  readonly occurrence: number;
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
  const seen = new Map<string, number>();
  for (const listKey of ['initContainers', 'containers'] as const) {
    const list = field(podSpec, listKey);
    if (!isJsonArray(list)) continue;
    list.forEach((container, index) => {
      if (!isJsonObject(container)) return;
      const name = field(container, 'name');
      const role: ContainerRole = listKey === 'containers' ? 'app' : isNativeSidecar(container) ? 'sidecar' : 'init';
      const text = typeof name === 'string' ? name : '';
      const occurrence = (seen.get(text) ?? 0) + 1;
      seen.set(text, occurrence);
      slots.push({ role, listKey, index, name: text, occurrence, container });
    });
  }
  return slots;
}

/** The container of that name (the `occurrence`-th one when several share it). */
export function findContainerSlot(podSpec: JsonObject, name: string, occurrence = 1): ContainerSlot | undefined {
  return listContainerSlots(podSpec).find((slot) => slot.name === name && slot.occurrence === occurrence);
}

export function containerNames(podSpec: JsonObject): string[] {
  return listContainerSlots(podSpec).map((slot) => slot.name);
}
