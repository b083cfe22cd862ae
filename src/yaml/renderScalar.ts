import type { JsonPrimitive } from '../model/jsonValue';
import { resolvePlainScalar } from './kubernetesYamlSchema';
import type { ScalarStyle } from './sourceNodes';

/** Strings that other YAML 1.1 readers would not take as text: timestamps, sexagesimals, `=`, `<<`. */
const YAML11_NON_STRINGS = /^(\d{4}-\d{1,2}-\d{1,2}([Tt ].*)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|=|<<)$/;
/** Core-schema (YAML 1.2) numbers and specials, in case a YAML 1.2 tool reads the text. */
const YAML12_NON_STRINGS =
  /^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * Whether `text` can be written as a plain (unquoted) scalar and still read back as the same
 * string by kubectl (YAML 1.1) and by YAML 1.2 tools alike.
 */
export function canBePlain(text: string, inFlow: boolean): boolean {
  if (text === '' || text !== text.trim() || /[\n\r\t\u0000-\u001f\u007f\u0085\u2028\u2029\uFEFF]/.test(text))
    return false;
  if (resolvePlainScalar(text) !== text || YAML11_NON_STRINGS.test(text) || YAML12_NON_STRINGS.test(text)) return false;
  const first = text[0]!;
  if (/[,[\]{}#&*!|>'"%@`]/.test(first)) return false;
  if ((first === '-' || first === '?' || first === ':') && (text.length === 1 || /\s/.test(text[1]!))) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  if (text.startsWith('---') || text.startsWith('...')) return false;
  return true;
}

/** A double-quoted YAML scalar (JSON string syntax is valid YAML double-quoted syntax). */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u0085\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function singleQuoted(text: string): string | null {
  if (/[\n\r\t\u0000-\u001f]/.test(text)) return null;
  return `'${text.replaceAll("'", "''")}'`;
}

export function renderNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Number.POSITIVE_INFINITY) return '.inf';
  if (value === Number.NEGATIVE_INFINITY) return '-.inf';
  return String(value);
}

export interface ScalarRenderOptions {
  /** The style the value had before, kept when it still fits. */
  readonly preferredStyle?: ScalarStyle;
  /** Inside a flow collection (`[...]`, `{...}`): no block scalars, stricter plain rules. */
  readonly inFlow?: boolean;
  /** Column of the parent key or dash, for block scalar content (multi-line strings). */
  readonly parentColumn?: number;
  readonly indentUnit?: number;
  readonly lineBreak?: string;
}

/**
 * Renders a scalar as YAML text. Strings stay strings: `"8080"`, `"true"`, `"1.10"` are quoted;
 * multi-line strings outside flow collections become literal block scalars.
 */
export function renderScalar(value: JsonPrimitive, options: ScalarRenderOptions = {}): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return renderNumber(value);
  const inFlow = options.inFlow ?? false;
  const preferred = options.preferredStyle ?? 'plain';
  if (!inFlow && value.includes('\n') && (preferred === 'literal' || preferred === 'folded' || preferred === 'plain')) {
    const block = renderLiteralBlock(value, options);
    if (block !== null) return block;
  }
  if (preferred === 'single') {
    const single = singleQuoted(value);
    if (single !== null) return single;
  }
  if (preferred !== 'double' && canBePlain(value, inFlow)) return value;
  return doubleQuoted(value);
}

/** `|` block with content indented one unit under the parent; null when the text cannot be one. */
function renderLiteralBlock(value: string, options: ScalarRenderOptions): string | null {
  if (/[\r\u0000-\u0008\u000b-\u001f\u007f\uFEFF]/.test(value)) return null;
  const lines = value.split('\n');
  const trailingBreaks = value.length - value.replace(/\n+$/, '').length;
  const content = trailingBreaks > 0 ? lines.slice(0, lines.length - trailingBreaks) : lines;
  // The first non-empty line sets the block's indentation, so it must not start with a space.
  const firstText = content.find((line) => line !== '');
  if (firstText === undefined || /^[ \t]/.test(firstText) || content.some((line) => /[ \t]$/.test(line))) return null;
  const chomp = trailingBreaks === 0 ? '-' : trailingBreaks === 1 ? '' : '+';
  const indent = ' '.repeat((options.parentColumn ?? 0) + (options.indentUnit ?? 2));
  const lineBreak = options.lineBreak ?? '\n';
  const body = content.map((line) => (line === '' ? '' : indent + line)).join(lineBreak);
  const keptBreaks = chomp === '+' ? lineBreak.repeat(trailingBreaks - 1) : '';
  return `|${chomp}${lineBreak}${body}${keptBreaks}`;
}

/** A mapping key as YAML text. */
export function renderKey(key: string, inFlow = false): string {
  return canBePlain(key, inFlow) ? key : doubleQuoted(key);
}
