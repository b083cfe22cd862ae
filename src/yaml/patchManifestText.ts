import { hasKey, isJsonArray, isJsonObject, type JsonArray, type JsonObject, type JsonValue } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { alignSequences } from './alignSequences';
import { detectRenderStyle } from './detectRenderStyle';
import type { ParsedManifest } from './parseManifest';
import { renderKey, renderScalar } from './renderScalar';
import { renderAfterDash, renderAfterKey, renderBlockBody, renderDocument, renderFlow, type RenderContext } from './renderValue';
import type { MappingEntrySource, MappingSource, SequenceSource, SourceNode } from './sourceNodes';
import { applyTextEdits, type TextEdit } from './textEdit';
import { columnOf, endOfTrailingComment, isFirstOnLine, lineEndOf, lineStartOf, startOfCommentLinesAbove } from './textScanning';

/** Where a value sits, which decides how its replacement text must start. */
type Slot =
  | { readonly kind: 'root' }
  | { readonly kind: 'mapValue'; readonly entry: MappingEntrySource }
  | { readonly kind: 'seqItem'; readonly dash: number }
  | { readonly kind: 'flow' };

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
  private readonly edits: TextEdit[] = [];
  private readonly sourcesByValue = new Map<object, SourceNode>();
  private context: RenderContext;

  constructor(private readonly parsed: ParsedManifest) {
    this.text = parsed.text;
    this.context = { style: detectRenderStyle(this.text, null) };
  }

  patch(next: Manifest, options: PatchOptions): string {
    const { documents, sources } = this.parsed;
    documents.forEach((document, index) => this.indexSources(document, sources[index]?.root ?? null));
    const count = Math.max(documents.length, next.length);
    for (let index = 0; index < count; index++) {
      const before = documents[index];
      const after = next[index];
      const root = sources[index]?.root ?? null;
      this.context = { style: detectRenderStyle(this.text, root), reuse: (value, column) => this.reuseText(value, column) };
      if (index >= documents.length) {
        this.appendDocument(after ?? null);
      } else if (index >= next.length) {
        this.removeDocument(root);
      } else if (before === after && !options.rewriteDocuments?.has(index)) {
        continue;
      } else if (root === null || options.rewriteDocuments?.has(index)) {
        this.rewriteDocument(root, after ?? null, options.rewriteDocuments?.has(index) ?? false);
      } else if (after === null || after === undefined) {
        this.edits.push({ start: root.start, end: root.end, text: '' });
      } else {
        this.diff(root, before ?? null, after, { kind: 'root' });
      }
    }
    return applyTextEdits(this.text, this.edits);
  }

  // ---- documents ------------------------------------------------------------------------------

  private appendDocument(document: JsonObject | null): void {
    const lineBreak = this.context.style.lineBreak;
    const body = document === null ? '' : renderDocument(document, { style: { ...this.context.style, sequenceIndent: 0, indentUnit: 2 } });
    const needsBreak = this.text.length > 0 && !this.text.endsWith('\n');
    const separator = this.text.trim() === '' && this.edits.length === 0 ? '' : `---${lineBreak}`;
    this.edits.push({ start: this.text.length, end: this.text.length, text: (needsBreak ? lineBreak : '') + separator + body });
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

  private diff(node: SourceNode, before: JsonValue, after: JsonValue, slot: Slot): void {
    if (before === after) return;
    if (node.kind === 'mapping' && !node.hasMergeKey && isJsonObject(before) && isJsonObject(after)) {
      this.diffMapping(node, before, after, slot);
    } else if (node.kind === 'sequence' && isJsonArray(before) && isJsonArray(after)) {
      this.diffSequence(node, before, after, slot);
    } else if (node.kind === 'scalar' && !isCollection(before) && !isCollection(after)) {
      if (!Object.is(before, after)) this.replaceScalar(node, after, slot);
    } else {
      this.replace(node, after, slot);
    }
  }

  private diffMapping(node: MappingSource, before: JsonObject, after: JsonObject, slot: Slot): void {
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
      const childSlot: Slot = node.flow || flowParent ? { kind: 'flow' } : { kind: 'mapValue', entry };
      this.diff(entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, childSlot);
    }
    this.removeLines(
      node.entries.map((entry) => ({ start: entry.key.start, end: entry.value.end, removed: !hasKey(after, entry.keyText) })),
    );
    if (added.length === 0) return;
    const keyColumn = columnOf(this.text, node.entries[0]!.key.start);
    const render = (key: string): string => `${renderKey(key)}:${renderAfterKey(after[key] as JsonValue, keyColumn, this.context)}`;
    this.insertRuns(
      afterKeys.map((key) => {
        const entry = entries.get(key);
        return entry && hasKey(before, key) ? { existing: { start: entry.key.start, end: entry.value.end } } : { text: render(key) };
      }),
      keyColumn,
      slot.kind === 'root',
    );
  }

  private diffSequence(node: SequenceSource, before: JsonArray, after: JsonArray, slot: Slot): void {
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
      for (const step of steps) {
        if (step.type === 'change') this.diff(node.items[step.oldIndex]!, before[step.oldIndex] as JsonValue, after[step.newIndex] as JsonValue, { kind: 'flow' });
      }
      const oldIndexByNew = new Map(kept.map((step) => [step.newIndex, step.oldIndex]));
      const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
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
    for (const step of steps) {
      if (step.type === 'change') {
        const dash = node.dashes[step.oldIndex]!;
        this.diff(node.items[step.oldIndex]!, before[step.oldIndex] as JsonValue, after[step.newIndex] as JsonValue, { kind: 'seqItem', dash });
      }
    }
    const removedOld = new Set(steps.flatMap((step) => (step.type === 'remove' ? [step.oldIndex] : [])));
    this.removeLines(node.items.map((item, index) => ({ start: node.dashes[index]!, end: Math.max(item.end, node.dashes[index]! + 1), removed: removedOld.has(index) })));
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
      if (hasKey(after, entry.keyText)) this.diff(entry.value, before[entry.keyText] as JsonValue, after[entry.keyText] as JsonValue, { kind: 'flow' });
    }
    const removed = new Set(node.entries.flatMap((entry, index) => (hasKey(after, entry.keyText) ? [] : [index])));
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
      if (last + 1 < items.length) this.edits.push({ start: items[index]!.start, end: items[last + 1]!.start, text: '' });
      else if (index > 0) this.edits.push({ start: items[index - 1]!.end, end: items[last]!.end, text: '' });
      index = last + 1;
    }
    let previous: number | null = null;
    let pending: string[] = [];
    const flush = (next: number | null): void => {
      if (pending.length === 0) return;
      if (previous !== null) this.edits.push({ start: items[previous]!.end, end: items[previous]!.end, text: pending.map((text) => `, ${text}`).join('') });
      else if (next !== null) this.edits.push({ start: items[next]!.start, end: items[next]!.start, text: pending.map((text) => `${text}, `).join('') });
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
   * Deletes the lines of removed items. A run of removed items that starts on a shared line
   * (the first key after `- `) is cut up to the next kept item, which moves up onto that line.
   */
  private removeLines(items: readonly { start: number; end: number; removed: boolean }[]): void {
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
        this.deleteLines(lineStartOf(this.text, first.start), this.endOfLines(items[last]!.end));
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
    const firstExisting = items.find((item): item is { existing: { start: number; end: number } } => 'existing' in item);
    const flush = (): void => {
      if (pending.length === 0) return;
      const block = pending.join(lineBreak + indent);
      if (anchor) this.insertAfter(anchor.end, indent + block);
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
   * Inserts full lines (already indented) after the line on which offset `end` lies: at the start
   * of the next line, so a deletion of the following lines never overlaps it.
   */
  private insertAfter(end: number, lines: string): void {
    const lineBreak = this.context.style.lineBreak;
    if (end > 0 && this.text[end - 1] === '\n') {
      this.edits.push({ start: end, end, text: lines + lineBreak });
      return;
    }
    const lineEnd = lineEndOf(this.text, endOfTrailingComment(this.text, end));
    if (lineEnd < this.text.length) this.edits.push({ start: lineEnd + 1, end: lineEnd + 1, text: lines + lineBreak });
    else this.edits.push({ start: lineEnd, end: lineEnd, text: lineBreak + lines });
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

  private replaceScalar(node: SourceNode, value: JsonValue, slot: Slot): void {
    if (node.kind === 'scalar' && !node.empty && node.style !== 'literal' && node.style !== 'folded' && !isCollection(value)) {
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
  private replace(node: SourceNode, value: JsonValue, slot: Slot): void {
    const preferred = node.kind === 'scalar' ? node.style : undefined;
    let start = node.start;
    let text: string;
    if (slot.kind !== 'flow' && keepsFlowStyle(node, value)) {
      start = slot.kind === 'mapValue' ? slot.entry.colonEnd : slot.kind === 'seqItem' ? slot.dash + 1 : node.start;
      this.edits.push({ start, end: Math.max(node.end, start), text: (slot.kind === 'root' ? '' : ' ') + renderFlow(value) });
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

  private indexSources(value: JsonValue | null | undefined, node: SourceNode | null): void {
    if (!node || node.kind === 'alias' || value === null || typeof value !== 'object') return;
    if (!this.sourcesByValue.has(value)) this.sourcesByValue.set(value, node);
    if (node.kind === 'mapping' && isJsonObject(value)) {
      for (const entry of node.entries) if (hasKey(value, entry.keyText)) this.indexSources(value[entry.keyText], entry.value);
    } else if (node.kind === 'sequence' && isJsonArray(value)) {
      node.items.forEach((item, index) => this.indexSources(value[index], item));
    }
  }

  /**
   * The source text of a value that exists in the old text, re-indented so its content starts at
   * `column`. Null for values without text, with anchors or aliases, or ending in a kept block.
   */
  private reuseText(value: JsonValue, column: number): { text: string; flow: boolean } | null {
    if (value === null || typeof value !== 'object') return null;
    const node = this.sourcesByValue.get(value);
    if (!node || node.kind === 'scalar' || node.kind === 'alias' || hasAnchorsOrAliases(node) || endsWithKeptBlock(node)) return null;
    const slice = this.text.slice(node.start, node.end).replace(/[\r\n]+$/, '');
    if (node.flow) return slice.includes('\n') ? null : { text: slice, flow: true };
    const delta = column - columnOf(this.text, node.start);
    if (delta === 0) return { text: slice, flow: false };
    const text = slice
      .split('\n')
      .map((line, index) => {
        if (index === 0 || line.trim() === '') return line.trim() === '' ? line.replace(/^[ \t]+/, '') : line;
        const indentation = line.length - line.trimStart().length;
        return ' '.repeat(Math.max(0, indentation + delta)) + line.trimStart();
      })
      .join('\n');
    return { text, flow: false };
  }
}

function isCollection(value: JsonValue): value is JsonArray | JsonObject {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: JsonArray | JsonObject): boolean {
  return isJsonArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** A short flow collection (`[a, b]`, `{app: web}`) stays in flow style when it changes. */
function keepsFlowStyle(node: SourceNode, value: JsonValue): boolean {
  if ((node.kind !== 'mapping' && node.kind !== 'sequence') || !node.flow || !isCollection(value) || isEmpty(value)) return false;
  const oldSize = node.kind === 'mapping' ? node.entries.length : node.items.length;
  if (oldSize === 0) return false;
  const text = renderFlow(value);
  return text.length <= 100 && !text.includes('\n');
}

function hasAnchorsOrAliases(node: SourceNode): boolean {
  if (node.anchor || node.kind === 'alias') return true;
  if (node.kind === 'mapping') return node.hasMergeKey || node.entries.some((entry) => hasAnchorsOrAliases(entry.key) || hasAnchorsOrAliases(entry.value));
  if (node.kind === 'sequence') return node.items.some(hasAnchorsOrAliases);
  return false;
}

function endsWithKeptBlock(node: SourceNode): boolean {
  if (node.kind === 'scalar') return node.chomping === 'keep' && (node.style === 'literal' || node.style === 'folded');
  if (node.kind === 'mapping') return node.entries.length > 0 && endsWithKeptBlock(node.entries[node.entries.length - 1]!.value);
  if (node.kind === 'sequence') return node.items.length > 0 && endsWithKeptBlock(node.items[node.items.length - 1]!);
  return false;
}
