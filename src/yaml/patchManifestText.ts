import {
  deepEqual,
  hasKey,
  isJsonArray,
  isJsonObject,
  type JsonArray,
  type JsonObject,
  type JsonValue,
} from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { alignSequences } from './alignSequences';
import { detectRenderStyle } from './detectRenderStyle';
import type { ParsedManifest } from './parseManifest';
import { renderKey, renderScalar } from './renderScalar';
import {
  renderAfterDash,
  renderAfterKey,
  renderBlockBody,
  renderDocument,
  renderFlow,
  type RenderContext,
} from './renderValue';
import { anchoredNodesIn, collectReferences, isMergeKey, type DocumentReferences } from './documentReferences';
import type { MappingSource, SequenceSource, SourceNode } from './sourceNodes';
import { applyTextEdits, type TextEdit } from './textEdit';
import type { ValueSlot } from './valueSlot';
import {
  columnOf,
  endOfCommentLinesBelow,
  endOfTrailingComment,
  isFirstOnLine,
  lineEndOf,
  lineStartOf,
  startOfCommentLinesAbove,
} from './textScanning';

/** How often a document is patched again after anchors turned out to need their aliases expanded. */
const MAX_REFERENCE_PASSES = 8;
const DROPPED = Symbol('dropped');
/** Values whose text is longer than this are not looked up by shape (it would cost too much). */
const MAX_SHAPE_TEXT = 100_000;

export interface PatchOptions {
  /** Documents to re-render whole instead of patching (the fallback when a patch misreads). */
  readonly rewriteDocuments?: ReadonlySet<number>;
}

/**
 * Turns a change of the manifest's documents into minimal edits of its text: values that did not
 * change keep their exact bytes, comments included. Changed scalars are replaced in place (keeping
 * their quoting style), added keys and list items are inserted as new lines in the document's own
 * indentation style, removed ones delete only their lines, and a subtree that moved (the pod spec
 * when the workload kind changes, a reordered init container) keeps its text, re-indented.
 */
export function patchManifestText(parsed: ParsedManifest, next: Manifest, options: PatchOptions = {}): string {
  return new ManifestPatcher(parsed).patch(next, options);
}

class ManifestPatcher {
  private readonly text: string;
  private edits: TextEdit[] = [];
  private readonly sourcesByValue = new Map<object, SourceNode>();
  /** The value each source node had, and its place in its parent. */
  private readonly sourceInfo = new Map<SourceNode, { readonly value: JsonValue; readonly slot: ValueSlot }>();
  private readonly parentOfSource = new Map<SourceNode, SourceNode>();
  /** Source nodes by the JSON text of their value, made when first needed. */
  private sourcesByShape: Map<string, SourceNode> | null = null;
  /** Nodes whose patched text is being made (so that making it never asks for it again). */
  private readonly patching = new Set<SourceNode>();
  private context: RenderContext;
  /** Anchors, aliases and merge keys of the document being patched. */
  private references: DocumentReferences = collectReferences(null, null);
  /**
   * Anchored nodes whose text no longer gives their old value: their new value when they were
   * patched in place, DROPPED when they were removed or re-rendered (the anchor is gone).
   */
  private readonly dirtyAnchors = new Map<SourceNode, JsonValue | typeof DROPPED>();
  /** Nodes to re-render from their value: aliases and merging mappings of dirty anchors. */
  private readonly forced = new Set<SourceNode>();
  private readonly forcedAncestors = new Set<SourceNode>();

  constructor(private readonly parsed: ParsedManifest) {
    this.text = parsed.text;
    this.context = { style: detectRenderStyle(this.text, null) };
  }

  patch(next: Manifest, options: PatchOptions): string {
    const { documents, sources } = this.parsed;
    documents.forEach((document, index) => {
      this.indexSources(document, sources[index]?.root ?? null);
    });
    const count = Math.max(documents.length, next.length);
    for (let index = 0; index < count; index++) {
      const before = documents[index];
      const after = next[index];
      const root = sources[index]?.root ?? null;
      this.context = {
        style: detectRenderStyle(this.text, root),
        reuse: (value, column) => this.reuseText(value, column),
      };
      if (index >= documents.length) {
        this.appendDocument(after ?? null);
      } else if (index >= next.length) {
        this.removeDocument(root);
      } else if (before === after && !options.rewriteDocuments?.has(index)) {
        // Unchanged document: its text stays as it is.
      } else if (root === null || options.rewriteDocuments?.has(index)) {
        this.rewriteDocument(root, after ?? null, options.rewriteDocuments?.has(index) ?? false);
      } else if (after === null || after === undefined) {
        this.edits.push({ start: root.start, end: root.end, text: '' });
      } else {
        this.diffDocument(root, before ?? null, after);
      }
    }
    const result = applyTextEdits(this.text, mergeDeletions(this.edits));
    // A text without a final line break keeps it that way, whatever its last lines became.
    if (this.text.length > 0 && !this.text.endsWith('\n') && result.endsWith('\n')) return result.replace(/\r?\n$/, '');
    return result;
  }

  // ---- documents ------------------------------------------------------------------------------

  private appendDocument(document: JsonObject | null): void {
    const lineBreak = this.context.style.lineBreak;
    const body =
      document === null
        ? ''
        : renderDocument(document, { style: { ...this.context.style, sequenceIndent: 0, indentUnit: 2 } });
    const needsBreak = this.text.length > 0 && !this.text.endsWith('\n');
    const separator = this.text.trim() === '' && this.edits.length === 0 ? '' : `---${lineBreak}`;
    this.edits.push({
      start: this.text.length,
      end: this.text.length,
      text: (needsBreak ? lineBreak : '') + separator + body,
    });
  }

  private removeDocument(root: SourceNode | null): void {
    if (!root) return;
    this.edits.push({ start: root.start, end: root.end, text: '' });
  }

  private rewriteDocument(root: SourceNode | null, document: JsonObject | null, plain: boolean): void {
    const context = plain ? { style: this.context.style } : this.context;
    const body = document === null ? '' : renderDocument(document, context).replace(/\r?\n$/, '');
    if (root) this.edits.push({ start: root.start, end: root.end, text: body });
    else this.appendDocument(document);
  }

  // ---- diff -----------------------------------------------------------------------------------

  /**
   * Patches one document. When an anchored value changed or went away, its aliases (and the
   * mappings that merge it) must keep their old values: they are re-rendered from their values,
   * and the document is patched again with that knowledge until nothing more needs it.
   */
  private diffDocument(root: SourceNode, before: JsonValue, after: JsonValue): void {
    this.references = collectReferences(root, before);
    this.forced.clear();
    this.forcedAncestors.clear();
    const firstEdit = this.edits.length;
    for (let pass = 0; pass < MAX_REFERENCE_PASSES; pass++) {
      this.edits.length = firstEdit;
      this.dirtyAnchors.clear();
      this.diff(root, before, after, { kind: 'root' });
      if (!this.forceReferencesOfDirtyAnchors()) return;
    }
  }

  /** Adds the aliases and merging mappings of dirty anchors to `forced`; true when any is new. */
  private forceReferencesOfDirtyAnchors(): boolean {
    const { aliasSites, mergeSites, parents } = this.references;
    const fresh: SourceNode[] = [];
    for (const site of aliasSites) {
      const target = this.references.target(site.node);
      if (target && this.dirtyAnchors.has(target) && !this.forced.has(site.node)) fresh.push(site.node);
    }
    for (const [mapping, sources] of mergeSites) {
      if (!this.forced.has(mapping) && this.mergeChanges(mapping, sources)) fresh.push(mapping);
    }
    for (const node of fresh) {
      this.forced.add(node);
      for (let parent = parents.get(node); parent; parent = parents.get(parent)) this.forcedAncestors.add(parent);
    }
    return fresh.length > 0;
  }

  /**
   * Whether what `mapping` inherits through its merge keys changes with the dirty anchors: a merged
   * anchor is gone, or a key the mapping does not set itself now has another value.
   */
  private mergeChanges(mapping: MappingSource, sources: readonly SourceNode[]): boolean {
    const targets = sources.map((source) => (source.kind === 'alias' ? this.references.target(source) : source));
    if (!targets.some((target) => target !== undefined && this.dirtyAnchors.has(target))) return false;
    const own = new Set(
      mapping.entries.filter((entry) => !isMergeKey(entry.key, entry.keyText)).map((entry) => entry.keyText),
    );
    const inherited = (
      readValue: (target: SourceNode) => JsonValue | typeof DROPPED | undefined,
    ): Map<string, JsonValue> | null => {
      const merged = new Map<string, JsonValue>();
      for (const target of targets) {
        const value = target ? readValue(target) : undefined;
        if (!isJsonObject(value)) return null;
        for (const key of Object.keys(value))
          if (!own.has(key) && !merged.has(key)) merged.set(key, value[key] as JsonValue);
      }
      return merged;
    };
    const before = inherited((target) => this.references.anchorValues.get(target));
    const after = inherited((target) =>
      this.dirtyAnchors.has(target) ? this.dirtyAnchors.get(target) : this.references.anchorValues.get(target),
    );
    return before === null || after === null || !deepEqual(Object.fromEntries(before), Object.fromEntries(after));
  }

  /** Records that the anchors inside `node` lose their text (it is removed or re-rendered). */
  private dropAnchorsIn(node: SourceNode): void {
    for (const anchored of anchoredNodesIn(node)) this.dirtyAnchors.set(anchored, DROPPED);
  }

  private diff(node: SourceNode, before: JsonValue, after: JsonValue, slot: ValueSlot): void {
    if (this.forced.has(node)) {
      this.replace(node, after, slot);
      return;
    }
    if (before === after && !this.forcedAncestors.has(node)) return;
    if (node.anchor && !deepEqual(before, after)) this.dirtyAnchors.set(node, after);
    if (node.kind === 'mapping' && node.hasMergeKey && isJsonObject(before) && isJsonObject(after)) {
      this.diffMergingMapping(node, before, after, slot);
    } else if (node.kind === 'mapping' && isJsonObject(before) && isJsonObject(after)) {
      this.diffMapping(node, before, after, slot);
    } else if (node.kind === 'sequence' && isJsonArray(before) && isJsonArray(after)) {
      this.diffSequence(node, before, after, slot);
    } else if (node.kind === 'scalar' && !isCollection(before) && !isCollection(after)) {
      if (!Object.is(before, after)) this.replaceScalar(node, after, slot);
    } else {
      this.replace(node, after, slot);
    }
  }

  private diffMapping(node: MappingSource, before: JsonObject, after: JsonObject, slot: ValueSlot): void {
    const afterKeys = Object.keys(after);
    const entries = new Map(node.entries.map((entry) => [entry.keyText, entry]));
    const removed = node.entries.filter((entry) => !hasKey(after, entry.keyText));
    const added = afterKeys.filter((key) => !hasKey(before, key) || !entries.has(key));
    const flowParent = slot.kind === 'flow';
    if (afterKeys.length === 0 || removed.length === node.entries.length) {
      this.replace(node, after, slot);
      return;
    }
    if (node.flow) {
      this.diffFlowMapping(node, before, after);
      return;
    }
    for (const entry of node.entries) {
      if (!hasKey(after, entry.keyText)) continue;
      const childSlot: ValueSlot = node.flow || flowParent ? { kind: 'flow' } : { kind: 'mapValue', entry };
      this.diff(entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, childSlot);
    }
    for (const entry of removed) this.dropAnchorsIn(entry.value);
    this.removeLines(
      node.entries.map((entry) => ({
        start: entry.key.start,
        end: entry.value.end,
        removed: !hasKey(after, entry.keyText),
      })),
      slot.kind === 'root',
    );
    if (added.length === 0) return;
    const keyColumn = columnOf(this.text, node.entries[0]!.key.start);
    const render = (key: string): string =>
      `${renderKey(key)}:${renderAfterKey(after[key] as JsonValue, keyColumn, this.context)}`;
    this.insertRuns(
      afterKeys.map((key) => {
        const entry = entries.get(key);
        return entry && hasKey(before, key)
          ? { existing: { start: entry.key.start, end: entry.value.end } }
          : { text: render(key) };
      }),
      keyColumn,
      slot.kind === 'root',
    );
  }

  /**
   * A mapping with a `<<` merge key: its own entries are patched like any mapping's, inherited keys
   * stay inherited while their value holds, and a changed or new key becomes an entry of its own.
   * A removed key that a merge provides cannot be written so: then the mapping is re-rendered.
   */
  private diffMergingMapping(node: MappingSource, before: JsonObject, after: JsonObject, slot: ValueSlot): void {
    const inherited = this.mergedValues(node);
    const removesInherited =
      inherited === null || Object.keys(before).some((key) => !hasKey(after, key) && inherited.has(key));
    if (node.flow || removesInherited || Object.keys(after).length === 0) {
      this.replace(node, after, slot);
      return;
    }
    const own = new Map(
      node.entries.filter((entry) => !isMergeKey(entry.key, entry.keyText)).map((entry) => [entry.keyText, entry]),
    );
    for (const [key, entry] of own) {
      if (hasKey(after, key))
        this.diff(entry.value, before[key] as JsonValue, after[key] as JsonValue, { kind: 'mapValue', entry });
      else this.dropAnchorsIn(entry.value);
    }
    this.removeLines(
      node.entries.map((entry) => ({
        start: entry.key.start,
        end: entry.value.end,
        removed: own.get(entry.keyText) === entry && !hasKey(after, entry.keyText),
      })),
      slot.kind === 'root',
    );
    const keyColumn = columnOf(this.text, node.entries[0]!.key.start);
    const added = Object.keys(after).filter(
      (key) => !own.has(key) && !(inherited.has(key) && deepEqual(inherited.get(key), after[key])),
    );
    if (added.length === 0) return;
    this.insertRuns(
      [
        ...node.entries.map((entry) => ({ existing: { start: entry.key.start, end: entry.value.end } })),
        ...added.map((key) => ({
          text: `${renderKey(key)}:${renderAfterKey(after[key] as JsonValue, keyColumn, this.context)}`,
        })),
      ],
      keyColumn,
      slot.kind === 'root',
    );
  }

  /** The key-value pairs a mapping inherits through its merge keys, or null when unknown. */
  private mergedValues(node: MappingSource): Map<string, JsonValue> | null {
    const merged = new Map<string, JsonValue>();
    for (const source of this.references.mergeSites.get(node) ?? []) {
      const target = source.kind === 'alias' ? this.references.target(source) : undefined;
      const value = target ? this.references.anchorValues.get(target) : undefined;
      if (!isJsonObject(value)) return null;
      for (const key of Object.keys(value)) if (!merged.has(key)) merged.set(key, value[key] as JsonValue);
    }
    return merged;
  }

  private diffSequence(node: SequenceSource, before: JsonArray, after: JsonArray, slot: ValueSlot): void {
    if (after.length === 0) {
      this.replace(node, after, slot);
      return;
    }
    const steps = alignSequences(before, after);
    const kept = steps.filter((step) => step.type === 'keep' || step.type === 'change');
    const compact = node.dashes.some((dash) => !isFirstOnLine(this.text, dash));
    if (node.flow) {
      if (kept.length === 0) {
        this.replace(node, after, slot);
        return;
      }
      for (const step of kept)
        this.diff(node.items[step.oldIndex]!, before[step.oldIndex] as JsonValue, after[step.newIndex] as JsonValue, {
          kind: 'flow',
        });
      const oldIndexByNew = new Map(kept.map((step) => [step.newIndex, step.oldIndex]));
      const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
      for (const index of removedOld) this.dropAnchorsIn(node.items[index]!);
      this.editFlowItems(
        node.items,
        removedOld,
        after.map((item, newIndex) => {
          const oldIndex = oldIndexByNew.get(newIndex);
          return oldIndex === undefined ? { text: renderFlow(item) } : { existing: oldIndex };
        }),
      );
      return;
    }
    if (kept.length === 0 || (compact && kept.length !== steps.length)) {
      this.replace(node, after, slot);
      return;
    }
    for (const step of kept) {
      const dash = node.dashes[step.oldIndex]!;
      this.diff(node.items[step.oldIndex]!, before[step.oldIndex] as JsonValue, after[step.newIndex] as JsonValue, {
        kind: 'seqItem',
        dash,
      });
    }
    const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
    for (const index of removedOld) this.dropAnchorsIn(node.items[index]!);
    this.removeLines(
      node.items.map((item, index) => ({
        start: node.dashes[index]!,
        end: Math.max(item.end, node.dashes[index]! + 1),
        removed: removedOld.has(index),
      })),
      slot.kind === 'root',
    );
    const dashColumn = columnOf(this.text, node.dashes[0]!);
    const oldIndexByNew = new Map(kept.map((step) => [step.newIndex, step.oldIndex]));
    this.insertRuns(
      after.map((item, newIndex) => {
        const oldIndex = oldIndexByNew.get(newIndex);
        if (oldIndex === undefined) return { text: `-${renderAfterDash(item, dashColumn, this.context)}` };
        const itemNode = node.items[oldIndex]!;
        return { existing: { start: node.dashes[oldIndex]!, end: Math.max(itemNode.end, node.dashes[oldIndex]! + 1) } };
      }),
      dashColumn,
      slot.kind === 'root',
    );
  }

  // ---- flow collections -----------------------------------------------------------------------

  /** A flow mapping keeps its text: changed values are patched, keys removed and added in place. */
  private diffFlowMapping(node: MappingSource, before: JsonObject, after: JsonObject): void {
    const entries = new Map(node.entries.map((entry, index) => [entry.keyText, { entry, index }]));
    for (const entry of node.entries) {
      if (hasKey(after, entry.keyText))
        this.diff(entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, { kind: 'flow' });
    }
    const removed = new Set(node.entries.flatMap((entry, index) => (hasKey(after, entry.keyText) ? [] : [index])));
    for (const index of removed) this.dropAnchorsIn(node.entries[index]!.value);
    this.editFlowItems(
      node.entries.map((entry) => ({ start: entry.key.start, end: entry.value.end })),
      removed,
      Object.keys(after).map((key) => {
        const existing = entries.get(key);
        if (existing && hasKey(before, key)) return { existing: existing.index };
        return { text: `${renderKey(key, true)}: ${renderFlow(after[key] as JsonValue)}` };
      }),
    );
  }

  /**
   * Removes and inserts the items of a flow collection (`[a, b]`, `{a: 1}`) without touching the
   * others: a removed item goes with its comma, a new item is written after the kept item before
   * it (or before the first kept item), separated by `, `.
   */
  private editFlowItems(
    items: readonly { start: number; end: number }[],
    removed: ReadonlySet<number>,
    layout: readonly ({ existing: number } | { text: string })[],
  ): void {
    let index = 0;
    while (index < items.length) {
      if (!removed.has(index)) {
        index++;
        continue;
      }
      let last = index;
      while (last + 1 < items.length && removed.has(last + 1)) last++;
      if (last + 1 < items.length)
        this.edits.push({ start: items[index]!.start, end: items[last + 1]!.start, text: '' });
      else if (index > 0) this.edits.push({ start: items[index - 1]!.end, end: items[last]!.end, text: '' });
      index = last + 1;
    }
    let previous: number | null = null;
    let pending: string[] = [];
    const flush = (next: number | null): void => {
      if (pending.length === 0) return;
      if (previous !== null)
        this.edits.push({
          start: items[previous]!.end,
          end: items[previous]!.end,
          text: pending.map((text) => `, ${text}`).join(''),
        });
      else if (next !== null)
        this.edits.push({
          start: items[next]!.start,
          end: items[next]!.start,
          text: pending.map((text) => `${text}, `).join(''),
        });
      pending = [];
    };
    for (const item of layout) {
      if ('existing' in item) {
        flush(item.existing);
        previous = item.existing;
      } else {
        pending.push(item.text);
      }
    }
    flush(null);
  }

  // ---- removing and inserting whole lines -----------------------------------------------------

  /**
   * Deletes the lines of removed items, with the comment lines right above them (and those below
   * them indented deeper). A run of removed
   * items that starts on a shared line (the first key after `- `) is cut up to the next kept item,
   * which moves up onto that line.
   */
  private removeLines(items: readonly { start: number; end: number; removed: boolean }[], atRoot: boolean): void {
    let index = 0;
    while (index < items.length) {
      if (!items[index]!.removed) {
        index++;
        continue;
      }
      let last = index;
      while (last + 1 < items.length && items[last + 1]!.removed) last++;
      const first = items[index]!;
      const following = items[last + 1];
      if (!isFirstOnLine(this.text, first.start) && following) {
        this.edits.push({ start: first.start, end: following.start, text: '' });
      } else {
        // Comment lines right above a removed item (at its column) describe it and go with it.
        // So do the comment lines below it that are indented deeper (they are inside it).
        const column = columnOf(this.text, first.start);
        const lineStart = lineStartOf(this.text, first.start);
        const start = atRoot ? lineStart : startOfCommentLinesAbove(this.text, lineStart, column);
        const end = this.endOfLines(items[last]!.end);
        this.deleteLines(start, this.text[end - 1] === '\n' ? endOfCommentLinesBelow(this.text, end, column) : end);
      }
      index = last + 1;
    }
  }

  /**
   * Inserts new items among existing ones. Each new item goes after the closest existing item
   * before it (or before the first existing item), on lines of its own at `column`.
   */
  private insertRuns(
    items: readonly ({ existing: { start: number; end: number } } | { text: string })[],
    column: number,
    atRoot: boolean,
  ): void {
    const indent = ' '.repeat(column);
    const lineBreak = this.context.style.lineBreak;
    let anchor: { start: number; end: number } | null = null;
    let pending: string[] = [];
    const firstExisting = items.find(
      (item): item is { existing: { start: number; end: number } } => 'existing' in item,
    );
    const flush = (): void => {
      if (pending.length === 0) return;
      const block = pending.join(lineBreak + indent);
      if (anchor) this.insertAfter(anchor.end, indent + block, column);
      else if (firstExisting) this.insertBefore(firstExisting.existing.start, column, indent, block, atRoot);
      pending = [];
    };
    for (const item of items) {
      if ('existing' in item) {
        flush();
        anchor = item.existing;
      } else {
        pending.push(item.text);
      }
    }
    flush();
  }

  /**
   * Inserts lines before the item at `start`. Comment lines right above the item (at its column)
   * describe it, so the new lines go above them; a document's header comment stays on top.
   */
  private insertBefore(start: number, column: number, indent: string, block: string, atRoot: boolean): void {
    const lineBreak = this.context.style.lineBreak;
    if (!atRoot && isFirstOnLine(this.text, start)) {
      const commentsStart = startOfCommentLinesAbove(this.text, lineStartOf(this.text, start), column);
      if (commentsStart < lineStartOf(this.text, start)) {
        this.edits.push({ start: commentsStart, end: commentsStart, text: indent + block + lineBreak });
        return;
      }
    }
    this.edits.push({ start, end: start, text: block + lineBreak + indent });
  }

  /**
   * Inserts full lines (already indented, for items at `column`) after the line on which offset
   * `end` lies, and after the comment lines below it that are indented deeper (they belong to the
   * item before): at a line start, so a deletion of the following lines never overlaps it.
   */
  private insertAfter(end: number, lines: string, column: number): void {
    const lineBreak = this.context.style.lineBreak;
    const next =
      end > 0 && this.text[end - 1] === '\n' ? end : lineEndOf(this.text, endOfTrailingComment(this.text, end)) + 1;
    const position = next > this.text.length ? this.text.length : endOfCommentLinesBelow(this.text, next, column);
    if (position === this.text.length && !this.text.endsWith('\n'))
      this.edits.push({ start: position, end: position, text: lineBreak + lines });
    else this.edits.push({ start: position, end: position, text: lines + lineBreak });
  }

  /**
   * Deletes whole lines from `start` (a line start) to `end`. When they are the last lines of a
   * text without a final line break, the break before them goes too, so none is added.
   */
  private deleteLines(start: number, end: number): void {
    const unterminated = end === this.text.length && !this.text.endsWith('\n');
    if (unterminated && start > 0 && this.text[start - 1] === '\n') {
      const breakStart = start > 1 && this.text[start - 2] === '\r' ? start - 2 : start - 1;
      this.edits.push({ start: breakStart, end, text: '' });
      return;
    }
    this.edits.push({ start, end, text: '' });
  }

  /** Offset just past the line break that ends the line of `end` (when only a comment follows). */
  private endOfLines(end: number): number {
    if (end > 0 && this.text[end - 1] === '\n') return end;
    const lineEnd = lineEndOf(this.text, end);
    if (!/^[ \t]*(#.*)?\r?$/.test(this.text.slice(end, lineEnd))) return end;
    return lineEnd < this.text.length ? lineEnd + 1 : lineEnd;
  }

  // ---- replacing a value ----------------------------------------------------------------------

  private replaceScalar(node: SourceNode, value: JsonValue, slot: ValueSlot): void {
    if (
      node.kind === 'scalar' &&
      !node.empty &&
      node.style !== 'literal' &&
      node.style !== 'folded' &&
      !isCollection(value)
    ) {
      const inFlow = slot.kind === 'flow';
      const text = renderScalar(value, { preferredStyle: node.style, inFlow });
      const singleLine = !text.includes('\n') && !this.text.slice(node.start, node.end).includes('\n');
      if (singleLine) {
        const anchor = node.anchor ? `&${node.anchor} ` : '';
        this.edits.push({ start: node.start, end: node.end, text: anchor + text });
        return;
      }
    }
    this.replace(node, value, slot);
  }

  /** Replaces a whole value, re-rendering it for its slot. */
  private replace(node: SourceNode, value: JsonValue, slot: ValueSlot): void {
    this.dropAnchorsIn(node);
    const preferred = node.kind === 'scalar' ? node.style : undefined;
    let start = node.start;
    let text: string;
    if (slot.kind !== 'flow' && keepsFlowStyle(node, value)) {
      start = slot.kind === 'mapValue' ? slot.entry.colonEnd : slot.kind === 'seqItem' ? slot.dash + 1 : node.start;
      this.edits.push({
        start,
        end: Math.max(node.end, start),
        text: (slot.kind === 'root' ? '' : ' ') + renderFlow(value),
      });
      return;
    }
    switch (slot.kind) {
      case 'flow':
        text = renderFlow(value, preferred);
        break;
      case 'mapValue':
        start = slot.entry.colonEnd;
        text = renderAfterKey(value, columnOf(this.text, slot.entry.key.start), this.context, preferred);
        break;
      case 'seqItem':
        start = slot.dash + 1;
        text = renderAfterDash(value, columnOf(this.text, slot.dash), this.context, preferred);
        break;
      case 'root':
        text = isCollection(value) && !isEmpty(value) ? renderBlockBody(value, 0, this.context) : renderFlow(value);
        break;
    }
    const end = Math.max(node.end, start);
    if (end > start && this.text[end - 1] === '\n' && !text.endsWith('\n')) text += this.context.style.lineBreak;
    this.edits.push({ start, end, text });
  }

  // ---- reusing the text of moved values -------------------------------------------------------

  private indexSources(
    value: JsonValue | null | undefined,
    node: SourceNode | null,
    slot: ValueSlot = { kind: 'root' },
  ): void {
    if (!node || node.kind === 'alias' || value === null || value === undefined || typeof value !== 'object') return;
    if (!this.sourcesByValue.has(value)) this.sourcesByValue.set(value, node);
    this.sourceInfo.set(node, { value, slot });
    if (node.kind === 'mapping' && isJsonObject(value)) {
      for (const entry of node.entries) {
        if (!hasKey(value, entry.keyText)) continue;
        this.parentOfSource.set(entry.value, node);
        this.indexSources(
          value[entry.keyText],
          entry.value,
          node.flow || slot.kind === 'flow' ? { kind: 'flow' } : { kind: 'mapValue', entry },
        );
      }
    } else if (node.kind === 'sequence' && isJsonArray(value)) {
      node.items.forEach((item, index) => {
        this.parentOfSource.set(item, node);
        this.indexSources(
          value[index],
          item,
          node.flow || slot.kind === 'flow' ? { kind: 'flow' } : { kind: 'seqItem', dash: node.dashes[index]! },
        );
      });
    }
  }

  /**
   * The source text of a value that exists in the old text, re-indented so its content starts at
   * `column` (the first line carries no indentation). A value that is not in the text as such but
   * was made from a mapping of it (a pod spec that moved and gained a key when the workload kind
   * changed) gets that mapping's text with the difference patched in. Comment lines between a key
   * and its block value travel with the value. Null for values without text, with anchors or
   * aliases.
   */
  private reuseText(value: JsonValue, column: number): { text: string; flow: boolean } | null {
    if (value === null || typeof value !== 'object') return null;
    const exact = this.sourceOf(value);
    const node = exact ?? this.similarSource(value);
    if (!node || node.kind === 'scalar' || node.kind === 'alias' || hasAnchorsOrAliases(node)) return null;
    if (node.flow) {
      const slice = exact ? this.text.slice(node.start, node.end) : null;
      return slice === null || slice.includes('\n') ? null : { text: slice, flow: true };
    }
    const body = exact
      ? this.text.slice(node.start, endOfLineComment(this.text, node.end))
      : this.patchedText(node, value);
    if (body === null) return null;
    // A kept block (`|+`) at the end owns its trailing blank lines: only the last break goes.
    // Otherwise the comment lines inside the value, below its last line, come along.
    const slice = endsWithKeptBlock(node)
      ? body.replace(/\r?\n$/, '')
      : body.replace(/[\r\n]+$/, '') + this.commentLinesAfter(node);
    const comments = this.commentLinesBefore(node);
    const nodeColumn = columnOf(this.text, node.start);
    const lines = (comments + ' '.repeat(nodeColumn) + slice).split('\n');
    const delta = column - nodeColumn;
    const text = lines
      .map((line, index) => {
        if (line.trim() === '') return line.replace(/^[ \t]+/, '');
        const indentation = line.length - line.trimStart().length;
        // The caller indents the first line to `column`; a comment there keeps its own offset.
        if (index === 0) return ' '.repeat(Math.max(0, indentation - nodeColumn)) + line.trimStart();
        return ' '.repeat(Math.max(0, indentation + delta)) + line.trimStart();
      })
      .join('\n');
    return { text, flow: false };
  }

  /**
   * The source node of a value: the node it was read from (same object), else a node whose value
   * is equal (the value came from an earlier reading of the text, e.g. a remembered workload).
   */
  private sourceOf(value: object): SourceNode | undefined {
    const node = this.sourcesByValue.get(value);
    if (node) return node;
    if (!this.sourcesByShape) {
      this.sourcesByShape = new Map();
      for (const [source, info] of this.sourceInfo) {
        if (source.end - source.start > MAX_SHAPE_TEXT) continue;
        const shape = JSON.stringify(info.value);
        if (!this.sourcesByShape.has(shape)) this.sourcesByShape.set(shape, source);
      }
    }
    return this.sourcesByShape.get(JSON.stringify(value));
  }

  /**
   * The comment lines after a block value that are indented deeper than its key or dash (they are
   * inside it), each after a line break; empty when there are none.
   */
  private commentLinesAfter(node: SourceNode): string {
    const slot = this.sourceInfo.get(node)?.slot;
    const column =
      slot?.kind === 'seqItem'
        ? columnOf(this.text, slot.dash)
        : slot?.kind === 'mapValue'
          ? columnOf(this.text, slot.entry.key.start)
          : null;
    if (column === null) return '';
    const next = node.end > 0 && this.text[node.end - 1] === '\n' ? node.end : lineEndOf(this.text, node.end) + 1;
    if (next > this.text.length) return '';
    const end = endOfCommentLinesBelow(this.text, next, column);
    if (end === next) return '';
    const lineBreak = this.context.style.lineBreak;
    return lineBreak + this.text.slice(next, end).replace(/\r?\n$/, '');
  }

  /** Whole comment lines (and blank lines) between a block value and the key it belongs to. */
  private commentLinesBefore(node: SourceNode): string {
    const slot = this.sourceInfo.get(node)?.slot;
    if (slot?.kind !== 'mapValue') return '';
    const firstBreak = this.text.indexOf('\n', slot.entry.colonEnd);
    const nodeLineStart = lineStartOf(this.text, node.start);
    if (firstBreak < 0 || firstBreak + 1 >= nodeLineStart) return '';
    const between = this.text.slice(firstBreak + 1, nodeLineStart);
    const onlyComments = between.split('\n').every((line) => /^[ \t]*(#.*)?\r?$/.test(line));
    return onlyComments && between.includes('#') ? between : '';
  }

  /**
   * The old mapping a new mapping was most likely made from: the one that held most of its
   * collection values under the same keys (kept as they were, so identical objects).
   */
  private similarSource(value: JsonValue): SourceNode | null {
    if (!isJsonObject(value)) return null;
    const votes = new Map<SourceNode, number>();
    let candidates = 0;
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      candidates++;
      const childNode = this.sourceOf(child);
      const childSlot = childNode ? this.sourceInfo.get(childNode)?.slot : undefined;
      if (childSlot?.kind !== 'mapValue' || childSlot.entry.keyText !== key) continue;
      const parent = this.parentOfSource.get(childNode!);
      if (parent?.kind === 'mapping' && !parent.flow && !this.patching.has(parent))
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

  /** The text of `node` with the change from its old value to `value` patched in, or null. */
  private patchedText(node: SourceNode, value: JsonValue): string | null {
    const info = this.sourceInfo.get(node);
    if (!info || info.slot.kind === 'root' || info.slot.kind === 'flow') return null;
    const outer = this.edits;
    this.edits = [];
    this.patching.add(node);
    let nested: TextEdit[];
    try {
      this.diff(node, info.value, value, info.slot);
    } finally {
      nested = this.edits;
      this.edits = outer;
      this.patching.delete(node);
    }
    const end =
      node.end > 0 && this.text[node.end - 1] === '\n'
        ? node.end
        : Math.min(this.text.length, lineEndOf(this.text, node.end) + 1);
    if (nested.some((edit) => edit.start < node.start || edit.end > end)) return null;
    const shifted = mergeDeletions(nested).map((edit) => ({
      ...edit,
      start: edit.start - node.start,
      end: edit.end - node.start,
    }));
    return applyTextEdits(this.text.slice(node.start, end), shifted);
  }
}

/** Just past the comment that ends the line of `end`, if one does (`end` itself otherwise). */
function endOfLineComment(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  return endOfTrailingComment(text, end);
}

/**
 * Joins deletions that overlap (two removed neighbours may both claim the line break between
 * them), so they apply as one.
 */
function mergeDeletions(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && previous.text === '' && edit.text === '' && edit.start < previous.end) {
      merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, edit.end), text: '' };
    } else {
      merged.push(edit);
    }
  }
  return merged;
}

function isCollection(value: JsonValue): value is JsonArray | JsonObject {
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

function hasAnchorsOrAliases(node: SourceNode): boolean {
  if (node.anchor || node.kind === 'alias') return true;
  if (node.kind === 'mapping')
    return (
      node.hasMergeKey ||
      node.entries.some((entry) => hasAnchorsOrAliases(entry.key) || hasAnchorsOrAliases(entry.value))
    );
  if (node.kind === 'sequence') return node.items.some(hasAnchorsOrAliases);
  return false;
}

function endsWithKeptBlock(node: SourceNode): boolean {
  if (node.kind === 'scalar') return node.chomping === 'keep' && (node.style === 'literal' || node.style === 'folded');
  if (node.kind === 'mapping')
    return node.entries.length > 0 && endsWithKeptBlock(node.entries[node.entries.length - 1]!.value);
  if (node.kind === 'sequence') return node.items.length > 0 && endsWithKeptBlock(node.items[node.items.length - 1]!);
  return false;
}
