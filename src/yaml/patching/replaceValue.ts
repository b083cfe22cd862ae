import { isJsonArray, type JsonArray, type JsonObject, type JsonValue } from '../../model/jsonValue';
import { renderScalar } from '../renderScalar';
import { renderAfterDash, renderAfterKey, renderBlockBody, renderFlow } from '../renderValue';
import type { SourceNode } from '../sourceNodes';
import type { ValueSlot } from '../valueSlot';
import { columnOf } from '../textScanning';
import type { PatchSession } from './patchSession';
import { dropAnchorsIn } from './anchorChanges';

/*
 * Replaces a value's text: a scalar in place in its own style, anything else re-rendered for its
 * slot (after a key, after a dash, in a flow collection, a whole document).
 */

export function replaceScalar(session: PatchSession, node: SourceNode, value: JsonValue, slot: ValueSlot): void {
  if (
    node.kind === 'scalar' &&
    !node.empty &&
    node.style !== 'literal' &&
    node.style !== 'folded' &&
    !isCollection(value)
  ) {
    const inFlow = slot.kind === 'flow';
    const text = renderScalar(value, { preferredStyle: node.style, inFlow });
    const singleLine = !text.includes('\n') && !session.text.slice(node.start, node.end).includes('\n');
    if (singleLine) {
      const anchor = node.anchor ? `&${node.anchor} ` : '';
      session.edits.push({ start: node.start, end: node.end, text: anchor + text });
      return;
    }
  }
  replaceValue(session, node, value, slot);
}

/**
 * How a flow collection quotes its items (`["sh", "-c"]`), when most of them are quoted: new items
 * are written the same way.
 */
export function flowItemStyle(node: SourceNode): 'single' | 'double' | undefined {
  if (node.kind !== 'sequence' && node.kind !== 'mapping') return undefined;
  const items = node.kind === 'sequence' ? node.items : node.entries.map((entry) => entry.value);
  const styles = items.flatMap((item) => (item.kind === 'scalar' ? [item.style] : []));
  const count = (style: string) => styles.filter((each) => each === style).length;
  const [double, single] = [count('double'), count('single')];
  if (double + single <= count('plain')) return undefined;
  return double >= single ? 'double' : 'single';
}

/** Replaces a whole value, re-rendering it for its slot. */
export function replaceValue(session: PatchSession, node: SourceNode, value: JsonValue, slot: ValueSlot): void {
  dropAnchorsIn(session, node);
  const preferred = node.kind === 'scalar' ? node.style : undefined;
  let start = node.start;
  let text: string;
  if (slot.kind !== 'flow' && keepsFlowStyle(node, value)) {
    start = slot.kind === 'mapValue' ? slot.entry.colonEnd : slot.kind === 'seqItem' ? slot.dash + 1 : node.start;
    session.edits.push({
      start,
      end: Math.max(node.end, start),
      text: (slot.kind === 'root' ? '' : ' ') + renderFlow(value, flowItemStyle(node)),
    });
    return;
  }
  switch (slot.kind) {
    case 'flow':
      text = renderFlow(value, preferred);
      break;
    case 'mapValue':
      start = slot.entry.colonEnd;
      text = renderAfterKey(value, columnOf(session.text, slot.entry.key.start), session.context, preferred);
      break;
    case 'seqItem':
      start = slot.dash + 1;
      text = renderAfterDash(value, columnOf(session.text, slot.dash), session.context, preferred);
      break;
    case 'root':
      text = isCollection(value) && !isEmpty(value) ? renderBlockBody(value, 0, session.context) : renderFlow(value);
      break;
  }
  const end = Math.max(node.end, start);
  if (end > start && session.text[end - 1] === '\n' && !text.endsWith('\n')) text += session.context.style.lineBreak;
  session.edits.push({ start, end, text });
}

export function isCollection(value: JsonValue): value is JsonArray | JsonObject {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: JsonArray | JsonObject): boolean {
  return isJsonArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** A short flow collection (`[a, b]`, `{app: web}`) stays in flow style when it changes. */
function keepsFlowStyle(node: SourceNode, value: JsonValue): boolean {
  if ((node.kind !== 'mapping' && node.kind !== 'sequence') || !node.flow || !isCollection(value) || isEmpty(value))
    return false;
  const oldSize = node.kind === 'mapping' ? node.entries.length : node.items.length;
  if (oldSize === 0) return false;
  const text = renderFlow(value);
  return text.length <= 100 && !text.includes('\n');
}
