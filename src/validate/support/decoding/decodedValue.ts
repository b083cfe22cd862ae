import { isJsonArray, isJsonObject, type JsonArray, type JsonObject, type JsonValue } from '../../../model/jsonValue';

/*
 * How the API server decodes a JSON value into its Go types, so that rules see what it sees:
 * a missing or null field is the zero value ("" for a string, 0 for a number, an empty list), and
 * a value of the wrong JSON type is not decoded at all. Wrong types are the schema rules'
 * business, so these readers return undefined for them and the API rules skip the value.
 */

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** True for a missing field or an explicit null (a nil pointer in Go). */
export function isAbsent(value: JsonValue | undefined): value is undefined | null {
  return value === undefined || value === null;
}

/** A string field: "" when missing or null; undefined when it holds another JSON type. */
export function decodedString(value: JsonValue | undefined): string | undefined {
  if (isAbsent(value)) return '';
  return typeof value === 'string' ? value : undefined;
}

/** An int32 field: 0 when missing or null; undefined for a non-integer or out-of-range value. */
export function decodedInt32(value: JsonValue | undefined): number | undefined {
  if (isAbsent(value)) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX
    ? value
    : undefined;
}

/**
 * An optional integer field (a Go pointer such as `*int64`): null when missing or null, undefined
 * for a non-integer value.
 */
export function decodedOptionalInteger(value: JsonValue | undefined): number | null | undefined {
  if (isAbsent(value)) return null;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** An int64 field: 0 when missing or null; undefined for a non-integer value. */
export function decodedInt64(value: JsonValue | undefined): number | undefined {
  if (isAbsent(value)) return 0;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** A list field: empty when missing or null; undefined when it holds another JSON type. */
export function decodedList(value: JsonValue | undefined): JsonArray | undefined {
  if (isAbsent(value)) return [];
  return isJsonArray(value) ? value : undefined;
}

/** A map or struct field: empty when missing or null; undefined when it holds another JSON type. */
export function decodedObject(value: JsonValue | undefined): JsonObject | undefined {
  if (isAbsent(value)) return {};
  return isJsonObject(value) ? value : undefined;
}

/** A pointer-to-struct field: undefined when missing, null or of another JSON type. */
export function presentObject(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

/**
 * The allowed value a mistyped enum value most likely means: same letters in another case, or
 * surrounded by spaces ("always " → "Always"). Undefined when there is no such value.
 */
export function enumValueMeant<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const wanted = value.trim().toLowerCase();
  return allowed.find((candidate) => candidate.toLowerCase() === wanted && candidate !== value);
}

/** The mappings of a list field, with their indexes (items of another type are skipped). */
export function objectItems(value: JsonValue | undefined): { readonly index: number; readonly item: JsonObject }[] {
  if (!isJsonArray(value)) return [];
  return value.flatMap((item, index) => (isJsonObject(item) ? [{ index, item }] : []));
}

/** Strings of a JSON list (other items ignored), with their indexes. */
export function stringItems(value: JsonValue | undefined): { readonly index: number; readonly value: string }[] {
  if (!isJsonArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' ? [{ index, value: item }] : []));
}
