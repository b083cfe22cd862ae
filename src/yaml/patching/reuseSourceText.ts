import type { JsonValue } from '../../model/jsonValue';
import type { SourceNode } from '../sourceNodes';
import { applyTextEdits, mergeDeletions, type TextEdit } from '../textEdit';
import {
  columnOf,
  endOfCommentLinesBelow,
  endOfTrailingComment,
  lineEndOf,
  lineStartOf,
  startOfCommentLinesAbove,
} from '../textScanning';
import type { PatchSession } from './patchSession';
import { diffValue } from './diffValue';
import { sourceOf, similarSource } from './sourceIndex';

/*
 * The text of a value that moved (a pod spec when the workload kind changes, a reordered init
 * container), re-indented for its new place, with its comments.
 */

/**
 * The source text of a value that exists in the old text, re-indented so its content starts at
 * `column` (the first line carries no indentation). A value that is not in the text as such but
 * was made from a mapping of it (a pod spec that moved and gained a key when the workload kind
 * changed) gets that mapping's text with the difference patched in. Comment lines between a key
 * and its block value travel with the value. Null for values without text, with anchors or
 * aliases.
 */
export function reuseText(
  session: PatchSession,
  value: JsonValue,
  column: number,
): { text: string; flow: boolean } | null {
  if (value === null || typeof value !== 'object') return null;
  const exact = sourceOf(session, value);
  const node = exact ?? similarSource(session, value);
  if (!node) {
    const donor = donorOf(session, value);
    return donor ? reuseText(donor, value, column) : null;
  }
  if (node.kind === 'scalar' || node.kind === 'alias' || hasAnchorsOrAliases(node)) return null;
  if (node.flow) {
    const slice = exact ? session.text.slice(node.start, node.end) : null;
    return slice === null || slice.includes('\n') ? null : { text: slice, flow: true };
  }
  const body = exact
    ? session.text.slice(node.start, endOfLineComment(session.text, node.end))
    : patchedText(session, node, value);
  if (body === null) return null;
  // A kept block (`|+`) at the end owns its trailing blank lines: only the last break goes.
  // Otherwise the comment lines inside the value, below its last line, come along.
  const slice = endsWithKeptBlock(node)
    ? body.replace(/\r?\n$/, '')
    : body.replace(/[\r\n]+$/, '') + commentLinesAfter(session, node);
  const comments = commentLinesBefore(session, node);
  const nodeColumn = columnOf(session.text, node.start);
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

/** The earlier text (a donor of the session) that this very value object was read from. */
function donorOf(session: PatchSession, value: object): PatchSession | undefined {
  return session.donors.find((donor) => donor.sources.byValue.has(value));
}

/**
 * The comment lines right above the key of a value that comes back from an earlier text (they
 * described it there), re-indented for a key at `column`; empty when there are none.
 */
export function donorCommentsAbove(session: PatchSession, value: JsonValue, column: number): string {
  if (value === null || typeof value !== 'object') return '';
  const donor = donorOf(session, value);
  const node = donor?.sources.byValue.get(value);
  const slot = node ? donor!.sources.info.get(node)?.slot : undefined;
  if (!donor || slot?.kind !== 'mapValue') return '';
  const keyLine = lineStartOf(donor.text, slot.entry.key.start);
  const keyColumn = columnOf(donor.text, slot.entry.key.start);
  const start = startOfCommentLinesAbove(donor.text, keyLine, keyColumn);
  if (start === keyLine) return '';
  return donor.text
    .slice(start, keyLine)
    .split(/(?<=\n)/)
    .map((line) => ' '.repeat(column) + line.trimStart())
    .join('');
}

/**
 * The comment lines after a block value that are indented deeper than its key or dash (they are
 * inside it), each after a line break; empty when there are none.
 */
function commentLinesAfter(session: PatchSession, node: SourceNode): string {
  const slot = session.sources.info.get(node)?.slot;
  const column =
    slot?.kind === 'seqItem'
      ? columnOf(session.text, slot.dash)
      : slot?.kind === 'mapValue'
        ? columnOf(session.text, slot.entry.key.start)
        : null;
  if (column === null) return '';
  const next = node.end > 0 && session.text[node.end - 1] === '\n' ? node.end : lineEndOf(session.text, node.end) + 1;
  if (next > session.text.length) return '';
  const end = endOfCommentLinesBelow(session.text, next, column);
  if (end === next) return '';
  const lineBreak = session.context.style.lineBreak;
  return lineBreak + session.text.slice(next, end).replace(/\r?\n$/, '');
}

/** Whole comment lines (and blank lines) between a block value and the key it belongs to. */
function commentLinesBefore(session: PatchSession, node: SourceNode): string {
  const slot = session.sources.info.get(node)?.slot;
  if (slot?.kind !== 'mapValue') return '';
  const firstBreak = session.text.indexOf('\n', slot.entry.colonEnd);
  const nodeLineStart = lineStartOf(session.text, node.start);
  if (firstBreak < 0 || firstBreak + 1 >= nodeLineStart) return '';
  const between = session.text.slice(firstBreak + 1, nodeLineStart);
  const onlyComments = between.split('\n').every((line) => /^[ \t]*(#.*)?\r?$/.test(line));
  return onlyComments && between.includes('#') ? between : '';
}

/** The text of `node` with the change from its old value to `value` patched in, or null. */
function patchedText(session: PatchSession, node: SourceNode, value: JsonValue): string | null {
  const info = session.sources.info.get(node);
  if (!info || info.slot.kind === 'root' || info.slot.kind === 'flow') return null;
  const outer = session.edits;
  session.edits = [];
  session.sources.patching.add(node);
  let nested: TextEdit[];
  try {
    diffValue(session, node, info.value, value, info.slot);
  } finally {
    nested = session.edits;
    session.edits = outer;
    session.sources.patching.delete(node);
  }
  const end =
    node.end > 0 && session.text[node.end - 1] === '\n'
      ? node.end
      : Math.min(session.text.length, lineEndOf(session.text, node.end) + 1);
  if (nested.some((edit) => edit.start < node.start || edit.end > end)) return null;
  const shifted = mergeDeletions(nested).map((edit) => ({
    ...edit,
    start: edit.start - node.start,
    end: edit.end - node.start,
  }));
  return applyTextEdits(session.text.slice(node.start, end), shifted);
}

/** Just past the comment that ends the line of `end`, if one does (`end` itself otherwise). */
function endOfLineComment(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  return endOfTrailingComment(text, end);
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
