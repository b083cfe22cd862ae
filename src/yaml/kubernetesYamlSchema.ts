import { defineScalarTag, mapTag, mergeTag, NOT_RESOLVED, Schema, seqTag, strTag } from 'js-yaml';

/**
 * The YAML schema kubectl reads manifests with. kubectl converts YAML to JSON through
 * sigs.k8s.io/yaml (a fork of go-yaml v2, YAML 1.1 rules), so `yes`, `on`, `y` are booleans,
 * `0644` is octal (420), `1e3` is 1000 and a plain `2001-12-14` stays a string. The resolver below
 * follows goyaml.v2's `resolve()` case by case, so the model and the validator see exactly the
 * values the API server will.
 */

const BOOLEANS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

const SPECIAL_FLOATS = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY] as const),
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;

type NumberKind = { readonly kind: 'int' | 'float'; readonly value: number };

/** Go's strconv.ParseInt(s, 0, 64) for the forms it accepts (sign, 0x, 0o, 0b, leading-0 octal). */
function parseGoInt(text: string): number | null {
  if (!GO_INT.test(text)) return null;
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]/, '');
  let value: number;
  if (/^0[xX]/.test(digits)) value = parseInt(digits.slice(2), 16);
  else if (/^0[oO]/.test(digits)) value = parseInt(digits.slice(2), 8);
  else if (/^0[bB]/.test(digits)) value = parseInt(digits.slice(2), 2);
  else if (digits.length > 1 && digits.startsWith('0')) value = parseInt(digits, 8);
  else value = parseInt(digits, 10);
  return negative ? -value : value;
}

/** A timestamp-looking plain scalar (YYYY-...) that goyaml.v2 keeps as a string in untyped data. */
function looksLikeTimestamp(text: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.test(text);
}

/** goyaml.v2 resolve() for a plain scalar with a numeric hint: int, float, or neither. */
export function resolveKubernetesNumber(text: string): NumberKind | null {
  if (text === '') return null;
  const special = SPECIAL_FLOATS.get(text);
  if (special !== undefined) return { kind: 'float', value: special };
  const first = text[0]!;
  if (first === '.') {
    return YAML_STYLE_FLOAT.test(text) ? { kind: 'float', value: Number(text) } : null;
  }
  if (!/[0-9+-]/.test(first)) return null;
  if (looksLikeTimestamp(text)) return null;
  const plain = text.replaceAll('_', '');
  const int = parseGoInt(plain);
  if (int !== null) return { kind: 'int', value: int };
  if (YAML_STYLE_FLOAT.test(plain)) return { kind: 'float', value: Number(plain) };
  return null;
}

/** The value kubectl reads from a plain (unquoted, untagged) scalar. */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  if (NULLS.has(text)) return null;
  const bool = BOOLEANS.get(text);
  if (bool !== undefined) return bool;
  return resolveKubernetesNumber(text)?.value ?? text;
}

const DIGIT_FIRST_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', '.'];

const nullTag = defineScalarTag<null>('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source) => (NULLS.has(source) ? null : NOT_RESOLVED),
  identify: (value) => value === null,
  represent: () => 'null',
});

const boolTag = defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O'],
  resolve: (source) => BOOLEANS.get(source) ?? NOT_RESOLVED,
  identify: (value) => typeof value === 'boolean',
  represent: (value: boolean) => (value ? 'true' : 'false'),
});

const intTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: DIGIT_FIRST_CHARS,
  resolve: (source) => {
    const resolved = resolveKubernetesNumber(source);
    return resolved?.kind === 'int' ? resolved.value : NOT_RESOLVED;
  },
  identify: (value) => typeof value === 'number' && Number.isInteger(value),
  represent: (value: number) => String(value),
});

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: DIGIT_FIRST_CHARS,
  resolve: (source, isExplicit) => {
    const resolved = resolveKubernetesNumber(source);
    if (resolved?.kind === 'float' || (isExplicit && resolved)) return resolved.value;
    return NOT_RESOLVED;
  },
  identify: (value) => typeof value === 'number',
  represent: (value: number) => String(value),
});

/** An explicit `!!timestamp` reads as its text, as goyaml.v2 gives untyped data. */
const timestampTag = defineScalarTag<string>('tag:yaml.org,2002:timestamp', {
  resolve: (source) => source,
  identify: () => false,
});

export const KUBERNETES_YAML_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag,
  nullTag,
  boolTag,
  intTag,
  floatTag,
  mergeTag,
  timestampTag,
]);
