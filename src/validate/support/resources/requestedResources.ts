import { field, type JsonObject, type JsonValue } from '../../../model/jsonValue';
import { parseQuantity } from '../../../model/quantity';

export type ResourceKind = 'requests' | 'limits';

/** A resource amount the container asks for; a request defaults to the limit when only the limit is set. */
export function resourceValue(container: JsonObject, kind: ResourceKind, resource: string): JsonValue | undefined {
  const own = field(field(field(container, 'resources'), kind), resource);
  if (isSetQuantity(own)) return own;
  if (kind === 'requests') {
    const limit = field(field(field(container, 'resources'), 'limits'), resource);
    if (isSetQuantity(limit)) return limit;
  }
  return undefined;
}

/** A quantity that is present and not zero (zero asks for nothing). Unparseable values count as set. */
export function isSetQuantity(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return false;
  return parseQuantity(value) !== 0;
}

/** The pod-level resources (spec.resources, Kubernetes 1.34+) for `resource`, if set. */
export function podResourceValue(
  podSpec: JsonObject | undefined,
  kind: ResourceKind,
  resource: string,
): JsonValue | undefined {
  const value = field(field(field(podSpec, 'resources'), kind), resource);
  return isSetQuantity(value) ? value : undefined;
}
