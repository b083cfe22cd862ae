import { hasKey, isJsonArray, isJsonObject, type JsonValue } from '../../model/jsonValue';
import type { SourceNode } from '../sourceNodes';
import type { ValueSlot } from '../valueSlot';
import type { PatchSession } from './patchSession';

/** Where each value of the old documents was read from, so that moved values keep their text. */
export interface SourceIndex {
  /** The node each value object was read from. */
  readonly byValue: Map<object, SourceNode>;
  /** The value each source node had, and its place in its parent. */
  readonly info: Map<SourceNode, { readonly value: JsonValue; readonly slot: ValueSlot }>;
  readonly parentOf: Map<SourceNode, SourceNode>;
  /** Source nodes by the JSON text of their value, made when first needed. */
  byShape: Map<string, SourceNode> | null;
  /** Nodes whose patched text is being made (so that making it never asks for it again). */
  readonly patching: Set<SourceNode>;
}

/** Values whose text is longer than this are not looked up by shape (it would cost too much). */
const MAX_SHAPE_TEXT = 100_000;

/** Records where `value` (and every collection inside it) was read from: `node`, in `slot` of its parent. */
export function indexSources(
  session: PatchSession,
  value: JsonValue | null | undefined,
  node: SourceNode | null,
  slot: ValueSlot = { kind: 'root' },
): void {
  if (!node || node.kind === 'alias' || value === null || value === undefined || typeof value !== 'object') return;
  if (!session.sources.byValue.has(value)) session.sources.byValue.set(value, node);
  session.sources.info.set(node, { value, slot });
  if (node.kind === 'mapping' && isJsonObject(value)) {
    for (const entry of node.entries) {
      if (!hasKey(value, entry.keyText)) continue;
      session.sources.parentOf.set(entry.value, node);
      indexSources(
        session,
        value[entry.keyText],
        entry.value,
        node.flow || slot.kind === 'flow' ? { kind: 'flow' } : { kind: 'mapValue', entry },
      );
    }
  } else if (node.kind === 'sequence' && isJsonArray(value)) {
    node.items.forEach((item, index) => {
      session.sources.parentOf.set(item, node);
      indexSources(
        session,
        value[index],
        item,
        node.flow || slot.kind === 'flow' ? { kind: 'flow' } : { kind: 'seqItem', dash: node.dashes[index]! },
      );
    });
  }
}

/**
 * The source node of a value: the node it was read from (same object), else a node whose value
 * is equal (the value came from an earlier reading of the text, e.g. a remembered workload).
 */
export function sourceOf(session: PatchSession, value: object): SourceNode | undefined {
  const node = session.sources.byValue.get(value);
  if (node) return node;
  if (!session.sources.byShape) {
    session.sources.byShape = new Map();
    for (const [source, info] of session.sources.info) {
      if (source.end - source.start > MAX_SHAPE_TEXT) continue;
      const shape = JSON.stringify(info.value);
      if (!session.sources.byShape.has(shape)) session.sources.byShape.set(shape, source);
    }
  }
  return session.sources.byShape.get(JSON.stringify(value));
}

/**
 * The old mapping a new mapping was most likely made from: the one that held most of its
 * collection values under the same keys (kept as they were, so identical objects).
 */
export function similarSource(session: PatchSession, value: JsonValue): SourceNode | null {
  if (!isJsonObject(value)) return null;
  const votes = new Map<SourceNode, number>();
  let candidates = 0;
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (typeof child !== 'object' || child === null) continue;
    candidates++;
    const childNode = sourceOf(session, child);
    const childSlot = childNode ? session.sources.info.get(childNode)?.slot : undefined;
    if (childSlot?.kind !== 'mapValue' || childSlot.entry.keyText !== key) continue;
    const parent = session.sources.parentOf.get(childNode!);
    if (parent?.kind === 'mapping' && !parent.flow && !session.sources.patching.has(parent))
      votes.set(parent, (votes.get(parent) ?? 0) + 1);
  }
  let best: SourceNode | null = null;
  let bestVotes = 0;
  for (const [node, count] of votes) {
    if (count > bestVotes) {
      best = node;
      bestVotes = count;
    }
  }
  return best && bestVotes * 2 >= candidates ? best : null;
}
