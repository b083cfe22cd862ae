import {
  deepEqual,
  hasKey,
  isJsonArray,
  isJsonObject,
  type JsonArray,
  type JsonObject,
  type JsonValue,
} from '../../model/jsonValue';
import { alignSequences } from '../alignSequences';
import { renderKey } from '../renderScalar';
import { inAlphabeticalOrder, renderAfterDash, renderAfterKey, renderFlow, type RenderContext } from '../renderValue';
import { isMergeKey } from '../documentReferences';
import type { MappingSource, SequenceSource, SourceNode } from '../sourceNodes';
import type { ValueSlot } from '../valueSlot';
import { columnOf, isFirstOnLine } from '../textScanning';
import type { PatchSession } from './patchSession';
import { dropAnchorsIn, mergedValues } from './anchorChanges';
import { editFlowItems } from './flowItemEdits';
import { insertRuns, removeLines } from './lineEdits';
import { flowItemStyle, isCollection, replaceScalar, replaceValue } from './replaceValue';
import { donorCommentsAbove } from './reuseSourceText';

/*
 * Compares a value's old and new JSON and patches its text: mappings key by key, sequences item by
 * item (aligned), flow mappings in place, scalars in their own quoting style.
 */

/** Patches the text of `node` from `before` to `after`; `slot` says where the value sits in its parent. */
export function diffValue(
  session: PatchSession,
  node: SourceNode,
  before: JsonValue,
  after: JsonValue,
  slot: ValueSlot,
): void {
  if (session.forced.has(node)) {
    replaceValue(session, node, after, slot);
    return;
  }
  if (before === after && !session.forcedAncestors.has(node)) return;
  if (node.anchor && !deepEqual(before, after)) session.dirtyAnchors.set(node, after);
  if (node.kind === 'mapping' && node.hasMergeKey && isJsonObject(before) && isJsonObject(after)) {
    diffMergingMapping(session, node, before, after, slot);
  } else if (node.kind === 'mapping' && isJsonObject(before) && isJsonObject(after)) {
    diffMapping(session, node, before, after, slot);
  } else if (node.kind === 'sequence' && isJsonArray(before) && isJsonArray(after)) {
    diffSequence(session, node, before, after, slot);
  } else if (node.kind === 'scalar' && !isCollection(before) && !isCollection(after)) {
    if (!Object.is(before, after)) replaceScalar(session, node, after, slot);
  } else {
    replaceValue(session, node, after, slot);
  }
}

function diffMapping(
  session: PatchSession,
  node: MappingSource,
  before: JsonObject,
  after: JsonObject,
  slot: ValueSlot,
): void {
  const afterKeys = Object.keys(after);
  const entries = new Map(node.entries.map((entry) => [entry.keyText, entry]));
  const removed = node.entries.filter((entry) => !hasKey(after, entry.keyText));
  const added = afterKeys.filter((key) => !hasKey(before, key) || !entries.has(key));
  const flowParent = slot.kind === 'flow';
  if (afterKeys.length === 0 || removed.length === node.entries.length) {
    replaceValue(session, node, after, slot);
    return;
  }
  if (node.flow) {
    diffFlowMapping(session, node, before, after);
    return;
  }
  for (const entry of node.entries) {
    if (!hasKey(after, entry.keyText)) continue;
    const childSlot: ValueSlot = node.flow || flowParent ? { kind: 'flow' } : { kind: 'mapValue', entry };
    diffValue(session, entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, childSlot);
  }
  for (const entry of removed) dropAnchorsIn(session, entry.value);
  removeLines(
    session,
    node.entries.map((entry) => ({
      start: entry.key.start,
      end: entry.value.end,
      removed: !hasKey(after, entry.keyText),
    })),
    'describe',
    slot.kind === 'root',
  );
  if (added.length === 0) return;
  const keyColumn = columnOf(session.text, node.entries[0]!.key.start);
  const context = withSiblingListIndent(session, node, keyColumn);
  const render = (key: string): string =>
    `${renderKey(key)}:${renderAfterKey(after[key] as JsonValue, keyColumn, context)}`;
  insertRuns(
    session,
    keyOrderFor(session, node, before, afterKeys).map((key) => {
      const entry = entries.get(key);
      return entry && hasKey(before, key)
        ? { existing: { start: entry.key.start, end: entry.value.end } }
        : { text: render(key), commentsAbove: donorCommentsAbove(session, after[key] as JsonValue, keyColumn) };
    }),
    keyColumn,
    slot.kind === 'root',
  );
}

/**
 * The render context for new keys of `node`: a new list is indented like the lists beside it
 * (`initContainers:` like `containers:`), whatever the rest of the document does.
 */
function withSiblingListIndent(session: PatchSession, node: MappingSource, keyColumn: number): RenderContext {
  const sibling = node.entries.find(
    (entry) => entry.value.kind === 'sequence' && !entry.value.flow && entry.value.dashes.length > 0,
  );
  if (sibling?.value.kind !== 'sequence') return session.context;
  const sequenceIndent = columnOf(session.text, sibling.value.dashes[0]!) - keyColumn;
  if (sequenceIndent < 0 || sequenceIndent === session.context.style.sequenceIndent) return session.context;
  return { ...session.context, style: { ...session.context.style, sequenceIndent } };
}

/**
 * The order in which the keys of a patched mapping are written: the new object's order, unless
 * the document keeps its keys sorted, where new keys go in their sorted place among the kept ones.
 * (One sorted mapping in a hand-written file proves nothing: `replicas, selector, template` is.)
 */
function keyOrderFor(
  session: PatchSession,
  node: MappingSource,
  before: JsonObject,
  afterKeys: readonly string[],
): readonly string[] {
  if (!session.context.style.sortedKeys) return afterKeys;
  const kept = node.entries
    .map((entry) => entry.keyText)
    .filter((key) => afterKeys.includes(key) && hasKey(before, key));
  if (!inAlphabeticalOrder(kept)) return afterKeys;
  const added = afterKeys.filter((key) => !kept.includes(key)).sort();
  const order: string[] = [];
  let next = 0;
  for (const key of kept) {
    while (next < added.length && added[next]! < key) order.push(added[next++]!);
    order.push(key);
  }
  return [...order, ...added.slice(next)];
}

/**
 * A mapping with a `<<` merge key: its own entries are patched like any mapping's, inherited keys
 * stay inherited while their value holds, and a changed or new key becomes an entry of its own.
 * A removed key that a merge provides cannot be written so: then the mapping is re-rendered.
 */
function diffMergingMapping(
  session: PatchSession,
  node: MappingSource,
  before: JsonObject,
  after: JsonObject,
  slot: ValueSlot,
): void {
  const inherited = mergedValues(session, node);
  const removesInherited =
    inherited === null || Object.keys(before).some((key) => !hasKey(after, key) && inherited.has(key));
  if (node.flow || removesInherited || Object.keys(after).length === 0) {
    replaceValue(session, node, after, slot);
    return;
  }
  const own = new Map(
    node.entries.filter((entry) => !isMergeKey(entry.key, entry.keyText)).map((entry) => [entry.keyText, entry]),
  );
  for (const [key, entry] of own) {
    if (hasKey(after, key))
      diffValue(session, entry.value, before[key] as JsonValue, after[key] as JsonValue, { kind: 'mapValue', entry });
    else dropAnchorsIn(session, entry.value);
  }
  removeLines(
    session,
    node.entries.map((entry) => ({
      start: entry.key.start,
      end: entry.value.end,
      removed: own.get(entry.keyText) === entry && !hasKey(after, entry.keyText),
    })),
    'describe',
    slot.kind === 'root',
  );
  const keyColumn = columnOf(session.text, node.entries[0]!.key.start);
  const added = Object.keys(after).filter(
    (key) => !own.has(key) && !(inherited.has(key) && deepEqual(inherited.get(key), after[key])),
  );
  if (added.length === 0) return;
  insertRuns(
    session,
    [
      ...node.entries.map((entry) => ({ existing: { start: entry.key.start, end: entry.value.end } })),
      ...added.map((key) => ({
        text: `${renderKey(key)}:${renderAfterKey(after[key] as JsonValue, keyColumn, session.context)}`,
      })),
    ],
    keyColumn,
    slot.kind === 'root',
  );
}

function diffSequence(
  session: PatchSession,
  node: SequenceSource,
  before: JsonArray,
  after: JsonArray,
  slot: ValueSlot,
): void {
  if (after.length === 0) {
    replaceValue(session, node, after, slot);
    return;
  }
  const steps = alignSequences(before, after);
  const kept = steps.filter((step) => step.type === 'keep' || step.type === 'change');
  const compact = node.dashes.some((dash) => !isFirstOnLine(session.text, dash));
  if (node.flow) {
    if (kept.length === 0) {
      replaceValue(session, node, after, slot);
      return;
    }
    for (const step of kept)
      diffValue(
        session,
        node.items[step.oldIndex]!,
        before[step.oldIndex] as JsonValue,
        after[step.newIndex] as JsonValue,
        {
          kind: 'flow',
        },
      );
    const oldIndexByNew = new Map(kept.map((step) => [step.newIndex, step.oldIndex]));
    const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
    for (const index of removedOld) dropAnchorsIn(session, node.items[index]!);
    editFlowItems(
      session,
      node.items,
      removedOld,
      after.map((item, newIndex) => {
        const oldIndex = oldIndexByNew.get(newIndex);
        return oldIndex === undefined ? { text: renderFlow(item, flowItemStyle(node)) } : { existing: oldIndex };
      }),
    );
    return;
  }
  if (kept.length === 0 || (compact && kept.length !== steps.length)) {
    replaceValue(session, node, after, slot);
    return;
  }
  for (const step of kept) {
    const dash = node.dashes[step.oldIndex]!;
    diffValue(
      session,
      node.items[step.oldIndex]!,
      before[step.oldIndex] as JsonValue,
      after[step.newIndex] as JsonValue,
      {
        kind: 'seqItem',
        dash,
      },
    );
  }
  const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
  for (const index of removedOld) dropAnchorsIn(session, node.items[index]!);
  removeLines(
    session,
    node.items.map((item, index) => ({
      start: node.dashes[index]!,
      end: Math.max(item.end, node.dashes[index]! + 1),
      removed: removedOld.has(index),
    })),
    'keep',
    slot.kind === 'root',
  );
  const dashColumn = columnOf(session.text, node.dashes[0]!);
  const oldIndexByNew = new Map(kept.map((step) => [step.newIndex, step.oldIndex]));
  insertRuns(
    session,
    after.map((item, newIndex) => {
      const oldIndex = oldIndexByNew.get(newIndex);
      if (oldIndex === undefined) return { text: `-${renderAfterDash(item, dashColumn, session.context)}` };
      const itemNode = node.items[oldIndex]!;
      return { existing: { start: node.dashes[oldIndex]!, end: Math.max(itemNode.end, node.dashes[oldIndex]! + 1) } };
    }),
    dashColumn,
    slot.kind === 'root',
  );
}

/** A flow mapping keeps its text: changed values are patched, keys removed and added in place. */
function diffFlowMapping(session: PatchSession, node: MappingSource, before: JsonObject, after: JsonObject): void {
  const entries = new Map(node.entries.map((entry, index) => [entry.keyText, { entry, index }]));
  for (const entry of node.entries) {
    if (hasKey(after, entry.keyText))
      diffValue(session, entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, {
        kind: 'flow',
      });
  }
  const removed = new Set(node.entries.flatMap((entry, index) => (hasKey(after, entry.keyText) ? [] : [index])));
  for (const index of removed) dropAnchorsIn(session, node.entries[index]!.value);
  editFlowItems(
    session,
    node.entries.map((entry) => ({ start: entry.key.start, end: entry.value.end })),
    removed,
    Object.keys(after).map((key) => {
      const existing = entries.get(key);
      if (existing && hasKey(before, key)) return { existing: existing.index };
      return { text: `${renderKey(key, true)}: ${renderFlow(after[key] as JsonValue)}` };
    }),
  );
}
