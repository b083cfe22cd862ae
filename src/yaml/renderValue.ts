import { isJsonArray, isJsonObject, type JsonValue } from '../model/jsonValue';
import { renderKey, renderScalar } from './renderScalar';
import type { ScalarStyle } from './sourceNodes';

/** How a document is laid out, so new text matches the text around it. */
export interface RenderStyle {
  /** Spaces per nesting level of mappings. */
  readonly indentUnit: number;
  /** Extra spaces before `-` of a sequence under a key: 0 (kubectl style) or the indent unit. */
  readonly sequenceIndent: number;
  readonly lineBreak: string;
  /**
   * The document keeps every mapping's keys in alphabetical order (as kube-prometheus and other
   * generated manifests do): new keys go in their place, new mappings are written sorted.
   */
  readonly sortedKeys?: boolean;
  /**
   * How the document quotes its string values (`image: "nginx:1.27"`): new strings are quoted the
   * same way. Absent: plain where YAML allows.
   */
  readonly stringQuotes?: 'double' | 'single';
  /**
   * The document writes short lists of scalars in flow style (`args: ["--port", "8080"]`): new
   * ones are written so, their items quoted as `flowItemQuotes` says.
   */
  readonly flowLists?: boolean;
  readonly flowItemQuotes?: 'double' | 'single';
}

export const KUBECTL_STYLE: RenderStyle = { indentUnit: 2, sequenceIndent: 0, lineBreak: '\n' };

/** True when `keys` are in the byte order Go's and most generators' sorting gives. */
export function inAlphabeticalOrder(keys: readonly string[]): boolean {
  return keys.every((key, index) => index === 0 || keys[index - 1]! < key);
}

/**
 * Text of a value that already exists elsewhere in the source (a moved subtree), re-indented so
 * its content starts at `column`; its first line carries no indentation. Null when not reusable.
 */
export type ReuseSourceText = (
  value: JsonValue,
  column: number,
) => { readonly text: string; readonly flow: boolean } | null;

export interface RenderContext {
  readonly style: RenderStyle;
  readonly reuse?: ReuseSourceText;
}

function isEmptyCollection(value: JsonValue): boolean {
  return (isJsonArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);
}

function isBlockCollection(value: JsonValue): boolean {
  return (isJsonArray(value) || isJsonObject(value)) && !isEmptyCollection(value);
}

/**
 * The text that follows `key:` for `value`, for a key at `keyColumn`:
 * ` scalar`, ` {}`, or a line break and an indented block.
 */
export function renderAfterKey(
  value: JsonValue,
  keyColumn: number,
  context: RenderContext,
  preferredStyle?: ScalarStyle,
): string {
  const { style } = context;
  if (!isBlockCollection(value)) return ` ${renderInline(value, keyColumn, style, preferredStyle)}`;
  const column = keyColumn + (isJsonArray(value) ? style.sequenceIndent : style.indentUnit);
  const reused = context.reuse?.(value, column);
  if (reused?.flow) return ` ${reused.text}`;
  if (!reused && style.flowLists) {
    const flow = shortFlowList(value, keyColumn, style.flowItemQuotes);
    if (flow !== null) return ` ${flow}`;
  }
  return style.lineBreak + ' '.repeat(column) + (reused?.text ?? renderBlockBody(value, column, context));
}

/** The text that follows `-` for a sequence item whose dash is at `dashColumn` (compact form). */
export function renderAfterDash(
  value: JsonValue,
  dashColumn: number,
  context: RenderContext,
  preferredStyle?: ScalarStyle,
): string {
  if (!isBlockCollection(value)) return ` ${renderInline(value, dashColumn, context.style, preferredStyle)}`;
  return ` ${renderBlockBody(value, dashColumn + 2, context)}`;
}

/**
 * A non-empty mapping or sequence in block style, its first line unindented and the others at
 * `column` (so it can follow `- ` or sit on its own line after the caller's indentation).
 */
export function renderBlockBody(value: JsonValue, column: number, context: RenderContext): string {
  const reused = context.reuse?.(value, column);
  if (reused) return reused.text;
  const { style } = context;
  const indent = ' '.repeat(column);
  if (isJsonArray(value)) {
    return value.map((item) => `-${renderAfterDash(item, column, context)}`).join(style.lineBreak + indent);
  }
  if (isJsonObject(value)) {
    const keys = Object.keys(value);
    return (style.sortedKeys ? [...keys].sort() : keys)
      .map((key) => `${renderKey(key)}:${renderAfterKey(value[key] as JsonValue, column, context)}`)
      .join(style.lineBreak + indent);
  }
  return renderInline(value, column, style);
}

/** Lines longer than this are not written as one flow list (a long list reads better as a block). */
const FLOW_LIST_MAX_COLUMN = 100;

/** `value` as a one-line flow list when it is a list of one-line scalars that fits; null otherwise. */
function shortFlowList(value: JsonValue, keyColumn: number, quotes: RenderStyle['flowItemQuotes']): string | null {
  if (!isJsonArray(value)) return null;
  const scalars = value.every(
    (item) =>
      typeof item === 'number' || typeof item === 'boolean' || (typeof item === 'string' && !/[\r\n]/.test(item)),
  );
  if (!scalars) return null;
  const text = renderFlow(value, quotes);
  return keyColumn + text.length <= FLOW_LIST_MAX_COLUMN ? text : null;
}

/** A value on one line (scalar, empty collection), or a block scalar for multi-line strings. */
function renderInline(
  value: JsonValue,
  parentColumn: number,
  style: RenderStyle,
  preferredStyle?: ScalarStyle,
): string {
  if (isJsonArray(value) || isJsonObject(value)) return renderFlow(value);
  // A new one-line string is quoted as the document quotes its strings.
  const quotes = typeof value === 'string' && !value.includes('\n') ? style.stringQuotes : undefined;
  return renderScalar(value, {
    preferredStyle: preferredStyle ?? quotes,
    parentColumn,
    indentUnit: style.indentUnit,
    lineBreak: style.lineBreak,
  });
}

/** A value in flow style on one line: `[a, b]`, `{app: web}`; its strings in `preferredStyle` where they can be. */
export function renderFlow(value: JsonValue, preferredStyle?: ScalarStyle): string {
  if (isJsonArray(value)) return `[${value.map((item) => renderFlow(item, preferredStyle)).join(', ')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .map((key) => `${renderKey(key, true)}: ${renderFlow(value[key] as JsonValue, preferredStyle)}`)
      .join(', ')}}`;
  }
  return renderScalar(value, { inFlow: true, preferredStyle });
}

/** Top-level key order of new documents, as people write manifests by hand. */
const DOCUMENT_KEY_ORDER = ['apiVersion', 'kind', 'metadata', 'spec'];

/** A whole new document in kubectl's conventional style, ending with a line break. */
export function renderDocument(value: JsonValue, context: RenderContext = { style: KUBECTL_STYLE }): string {
  if (!isJsonObject(value)) return renderBlockBody(value, 0, context) + context.style.lineBreak;
  const keys = Object.keys(value);
  const ordered = [
    ...DOCUMENT_KEY_ORDER.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !DOCUMENT_KEY_ORDER.includes(key)),
  ];
  const sorted: Record<string, JsonValue> = {};
  for (const key of ordered)
    Object.defineProperty(sorted, key, { value: value[key], enumerable: true, writable: true, configurable: true });
  if (ordered.length === 0) return `{}${context.style.lineBreak}`;
  return renderBlockBody(sorted, 0, context) + context.style.lineBreak;
}
