import type { EntityId } from '../model/entityId';
import type { ObjectRef } from '../model/workloads';

export interface XYPosition {
  readonly x: number;
  readonly y: number;
}

/** Node positions the user set, per workload (keyed by workloadKey) and for the map, by entity id. */
export type PositionsByWorkload = Readonly<Record<string, Readonly<Record<EntityId, XYPosition>>>>;

/**
 * Document state: what undo restores and what is saved locally. The text is the source of truth
 * (the manifest is parsed from it); positions are kept beside it, never in the YAML.
 */
export interface DocumentSnapshot {
  readonly text: string;
  readonly positions: PositionsByWorkload;
  /** The workload being designed when the file has several (null: the first one). */
  readonly workloadRef: ObjectRef | null;
}

export const EMPTY_SNAPSHOT: DocumentSnapshot = { text: '', positions: {}, workloadRef: null };

/** Key of the application map's node positions, beside the workloads' keys (which are numbers). */
export const MAP_POSITIONS_KEY = 'map';

/** Key of a workload for per-workload view data: `0` or `2/items/1`. */
export function workloadKey(ref: ObjectRef): string {
  return ref.itemIndex === null ? `${ref.documentIndex}` : `${ref.documentIndex}/items/${ref.itemIndex}`;
}

/** `2` → `3`, `2/items/1` → `3/items/1`, `object:2` → `object:3` for document indexes from `at` on. */
function shiftedKey(key: string, at: number, prefix: string): string {
  if (!key.startsWith(prefix)) return key;
  const rest = key.slice(prefix.length);
  const match = /^(\d+)(.*)$/.exec(rest);
  if (!match || Number(match[1]) < at) return key;
  return `${prefix}${Number(match[1]) + 1}${match[2]}`;
}

/**
 * Positions after a document was inserted at index `at`: the workloads and map cards of the
 * documents from there on moved one place down, and keep their positions.
 */
export function positionsAfterInsert(positions: PositionsByWorkload, at: number): PositionsByWorkload {
  return Object.fromEntries(
    Object.entries(positions).map(([key, byEntity]) =>
      key === MAP_POSITIONS_KEY
        ? [key, Object.fromEntries(Object.entries(byEntity).map(([id, xy]) => [shiftedKey(id, at, 'object:'), xy]))]
        : [shiftedKey(key, at, ''), byEntity],
    ),
  );
}

/** `3` → `2` for document indexes after `at`; the removed document's own key is dropped (null). */
function keyAfterRemove(key: string, at: number, prefix: string): string | null {
  if (!key.startsWith(prefix)) return key;
  const match = /^(\d+)(.*)$/.exec(key.slice(prefix.length));
  if (!match) return key;
  const index = Number(match[1]);
  if (index < at) return key;
  return index === at ? null : `${prefix}${index - 1}${match[2]}`;
}

/** Positions after the document at `at` was removed: those after it moved one place up. */
export function positionsAfterRemove(positions: PositionsByWorkload, at: number): PositionsByWorkload {
  const moved: Record<string, Readonly<Record<string, XYPosition>>> = {};
  for (const [key, byEntity] of Object.entries(positions)) {
    if (key === MAP_POSITIONS_KEY) {
      const cards: Record<string, XYPosition> = {};
      for (const [id, xy] of Object.entries(byEntity)) {
        const next = keyAfterRemove(id, at, 'object:');
        if (next) cards[next] = xy;
      }
      moved[key] = cards;
      continue;
    }
    const next = keyAfterRemove(key, at, '');
    if (next) moved[next] = byEntity;
  }
  return moved;
}
