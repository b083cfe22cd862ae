import type { JsonValue } from '../../../model/jsonValue';

/** The JSON Schema types a value may have, as ajv reports them (`null` already removed). */
export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** What a wrong value should be replaced with, when the fix is certain: `"80"` → 80. */
export interface TypeCorrection {
  readonly value: JsonValue;
  readonly label: string;
}

export interface TypeMismatch {
  readonly message: string;
  readonly correction?: TypeCorrection;
}

const INTEGER_TEXT = /^[-+]?\d+$/;
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The message for a value of the wrong JSON type, in the words of someone who wrote YAML:
 * quotes, dashes and indentation rather than JSON types.
 * @example typeMismatch('containerPort', '80', ['integer']).message
 *   === 'containerPort must be an integer, not the string "80": remove the quotes.'
 */
export function typeMismatch(field: string, value: JsonValue, expected: readonly SchemaType[]): TypeMismatch {
  const wanted = describeExpected(expected);
  const actual = describeValue(value);
  const prefix = `${field} must be ${wanted}, not ${actual}`;
  const accepts = (type: SchemaType): boolean => expected.includes(type);
  if (typeof value === 'string') {
    const text = value.trim();
    if ((accepts('integer') || accepts('number')) && !accepts('string') && INTEGER_TEXT.test(text)) {
      return {
        message: `${prefix}: remove the quotes.`,
        correction: { value: Number(text), label: `Use the number ${Number(text)}` },
      };
    }
    if (accepts('number') && !accepts('string') && NUMBER_TEXT.test(text)) {
      return {
        message: `${prefix}: remove the quotes.`,
        correction: { value: Number(text), label: `Use the number ${Number(text)}` },
      };
    }
    if (accepts('boolean') && (text === 'true' || text === 'false')) {
      return {
        message: `${prefix}: remove the quotes.`,
        correction: { value: text === 'true', label: `Use ${text} without quotes` },
      };
    }
    if (accepts('array') && !accepts('object')) {
      return { message: `${prefix}: write each item on its own line starting with "- " (or as [item, item]).` };
    }
    if (accepts('object')) return { message: `${prefix}: put its fields on the lines below it, indented.` };
  }
  if (typeof value === 'number') {
    if (accepts('integer') && !accepts('number') && Number.isFinite(value))
      return { message: `${field} must be a whole number, not ${value}.` };
    if (accepts('string'))
      return { message: `${prefix}: put the value in quotes, since YAML reads unquoted digits as a number.` };
  }
  if (typeof value === 'boolean' && accepts('string')) {
    return {
      message: `${prefix}: put the value in quotes, since YAML reads an unquoted true, false, yes, no, on or off as a boolean.`,
    };
  }
  if (Array.isArray(value) && accepts('object'))
    return { message: `${prefix}: remove the "- " in front of its fields.` };
  if (!Array.isArray(value) && typeof value === 'object' && value !== null && accepts('array')) {
    return { message: `${prefix}: start each item with "- ".` };
  }
  return { message: `${prefix}.` };
}

/** `an integer`, `a string`, `a number or a string` ... */
export function describeExpected(expected: readonly SchemaType[]): string {
  const words = expected.map((type) => EXPECTED_WORDS[type]);
  if (words.length <= 1) return words[0] ?? 'a different type of value';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const EXPECTED_WORDS: Readonly<Record<SchemaType, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping (key: value fields)',
  array: 'a list',
};

/** `the string "80"`, `the number 8.5`, `a list`, `a mapping`, `null` */
export function describeValue(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return Array.isArray(value) ? 'a list' : 'a mapping';
}
