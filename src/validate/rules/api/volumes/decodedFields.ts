import { field, isJsonObject, type JsonObject } from '../../../../model/jsonValue';

/**
 * Fields read the way the API server's decoder sees them, so rules skip values of the wrong JSON
 * type (the schema rules report those; the server refuses to decode them at all) instead of
 * guessing. Shared by the API-server parity rules of volumes, mounts, probes, resources and
 * security contexts.
 */

/** A string field: '' when absent or null (Go's zero value), undefined when it is not a string. */
export function decodedString(object: unknown, key: string): string | undefined {
  const value = field(object, key);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/** An integer field: null when absent or null, undefined when it is not an integer. */
export function decodedInteger(object: unknown, key: string): number | null | undefined {
  const value = field(object, key);
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A mapping field, or undefined when absent, null or not a mapping. */
export function decodedObject(object: unknown, key: string): JsonObject | undefined {
  const value = field(object, key);
  return isJsonObject(value) ? value : undefined;
}

/** The mappings of a list field with their indexes (entries of another type are skipped). */
export function decodedObjectList(
  object: unknown,
  key: string,
): { readonly index: number; readonly item: JsonObject }[] {
  const value = field(object, key);
  if (!Array.isArray(value)) return [];
  const items: { index: number; item: JsonObject }[] = [];
  value.forEach((item, index) => {
    if (isJsonObject(item)) items.push({ index, item });
  });
  return items;
}

/** True when the field is set to something other than null. */
export function isSet(object: unknown, key: string): boolean {
  const value = field(object, key);
  return value !== undefined && value !== null;
}
