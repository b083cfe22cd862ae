import {
  columnOf,
  endOfCommentLinesBelow,
  endOfTrailingComment,
  isFirstOnLine,
  lineEndOf,
  lineStartOf,
  startOfCommentLinesAbove,
} from '../textScanning';
import type { PatchSession } from './patchSession';

/*
 * Removing and inserting whole lines in block collections, with the comment lines that belong to
 * them.
 */

/**
 * Deletes the lines of removed items. Comments outside a removed item are the author's and stay:
 * the comment lines above it (often another item, commented out) and those between removed items.
 * Only the item's own lines go, with its trailing comment and the comment lines below it that are
 * indented deeper (they are inside it). A run of removed items that starts on a shared line (the
 * first key after `- `) is cut up to the next kept item, which moves up onto that line.
 */
export function removeLines(
  session: PatchSession,
  items: readonly { start: number; end: number; removed: boolean }[],
): void {
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
    if (!isFirstOnLine(session.text, first.start) && following) {
      session.edits.push({ start: first.start, end: following.start, text: '' });
    } else {
      for (let removed = index; removed <= last; removed++) deleteItemLines(session, items[removed]!);
    }
    index = last + 1;
  }
}

/** Deletes the lines of one item, from its line's start to the end of the comments inside it. */
function deleteItemLines(session: PatchSession, item: { start: number; end: number }): void {
  const column = columnOf(session.text, item.start);
  const start = lineStartOf(session.text, item.start);
  const end = endOfLines(session, item.end);
  deleteLines(session, start, session.text[end - 1] === '\n' ? endOfCommentLinesBelow(session.text, end, column) : end);
}

/**
 * Inserts new items among existing ones. Each new item goes after the closest existing item
 * before it (or before the first existing item), on lines of its own at `column`.
 */
export function insertRuns(
  session: PatchSession,
  items: readonly ({ existing: { start: number; end: number } } | { text: string })[],
  column: number,
  atRoot: boolean,
): void {
  const indent = ' '.repeat(column);
  const lineBreak = session.context.style.lineBreak;
  let anchor: { start: number; end: number } | null = null;
  let pending: string[] = [];
  const firstExisting = items.find((item): item is { existing: { start: number; end: number } } => 'existing' in item);
  const flush = (): void => {
    if (pending.length === 0) return;
    const block = pending.join(lineBreak + indent);
    if (anchor) insertAfter(session, anchor.end, indent + block, column);
    else if (firstExisting) insertBefore(session, firstExisting.existing.start, column, indent, block, atRoot);
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
function insertBefore(
  session: PatchSession,
  start: number,
  column: number,
  indent: string,
  block: string,
  atRoot: boolean,
): void {
  const lineBreak = session.context.style.lineBreak;
  if (!atRoot && isFirstOnLine(session.text, start)) {
    const commentsStart = startOfCommentLinesAbove(session.text, lineStartOf(session.text, start), column);
    if (commentsStart < lineStartOf(session.text, start)) {
      session.edits.push({ start: commentsStart, end: commentsStart, text: indent + block + lineBreak });
      return;
    }
  }
  session.edits.push({ start, end: start, text: block + lineBreak + indent });
}

/**
 * Inserts full lines (already indented, for items at `column`) after the line on which offset
 * `end` lies, and after the comment lines below it that are indented deeper (they belong to the
 * item before): at a line start, so a deletion of the following lines never overlaps it.
 */
function insertAfter(session: PatchSession, end: number, lines: string, column: number): void {
  const lineBreak = session.context.style.lineBreak;
  const next =
    end > 0 && session.text[end - 1] === '\n'
      ? end
      : lineEndOf(session.text, endOfTrailingComment(session.text, end)) + 1;
  const position =
    next > session.text.length ? session.text.length : endOfCommentLinesBelow(session.text, next, column);
  if (position === session.text.length && !session.text.endsWith('\n'))
    session.edits.push({ start: position, end: position, text: lineBreak + lines });
  else session.edits.push({ start: position, end: position, text: lines + lineBreak });
}

/**
 * Deletes whole lines from `start` (a line start) to `end`. When they are the last lines of a
 * text without a final line break, the break before them goes too, so none is added.
 */
function deleteLines(session: PatchSession, start: number, end: number): void {
  const unterminated = end === session.text.length && !session.text.endsWith('\n');
  if (unterminated && start > 0 && session.text[start - 1] === '\n') {
    const breakStart = start > 1 && session.text[start - 2] === '\r' ? start - 2 : start - 1;
    session.edits.push({ start: breakStart, end, text: '' });
    return;
  }
  session.edits.push({ start, end, text: '' });
}

/** Offset just past the line break that ends the line of `end` (when only a comment follows). */
function endOfLines(session: PatchSession, end: number): number {
  if (end > 0 && session.text[end - 1] === '\n') return end;
  const lineEnd = lineEndOf(session.text, end);
  if (!/^[ \t]*(#.*)?\r?$/.test(session.text.slice(end, lineEnd))) return end;
  return lineEnd < session.text.length ? lineEnd + 1 : lineEnd;
}
