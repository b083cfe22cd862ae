import type { EntityId } from '../model/entityId';
import type { ObjectRef } from '../model/workloads';

/** Entity id of an object on the map: `object:0`, `object:2/items/1`. */
export function mapEntityId(ref: ObjectRef): EntityId {
  return ref.itemIndex === null ? `object:${ref.documentIndex}` : `object:${ref.documentIndex}/items/${ref.itemIndex}`;
}

/** The object a map entity id names, or null for any other id. */
export function parseMapEntityId(id: EntityId): ObjectRef | null {
  const match = /^object:(\d+)(?:\/items\/(\d+))?$/.exec(id);
  if (!match) return null;
  return { documentIndex: Number(match[1]), itemIndex: match[2] === undefined ? null : Number(match[2]) };
}
