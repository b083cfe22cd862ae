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
