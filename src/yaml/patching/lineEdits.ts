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
 * Deletes the lines of removed items: each item's own lines, with its trailing comment and the
 * comment lines below it that are indented deeper (they are inside it). The comment lines right
 * above a removed list item stay: in real files they are often other items, commented out by the
 * author. Those right above a removed key (`keyComments: 'describe'`) describe that key and go
 * with it; a kind switch that brings the key back brings them back too (see donorCommentsAbove).
 * A run of removed items that starts on a shared line (the first key after `- `) is cut up to the
 * next kept item, which moves up onto that line.
 */
export function removeLines(
  session: PatchSession,
  items: readonly { start: number; end: number; removed: boolean }[],
  commentsAbove: 'keep' | 'describe',
  atRoot: boolean,
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
      for (let removed = index; removed <= last; removed++)
        deleteItemLines(session, items[removed]!, commentsAbove === 'describe' && !atRoot);
    }
    index = last + 1;
  }
}

/** Deletes the lines of one item, from its line's start to the end of the comments inside it. */
function deleteItemLines(
  session: PatchSession,
  item: { start: number; end: number },
  withCommentsAbove: boolean,
): void {
  const column = columnOf(session.text, item.start);
  const lineStart = lineStartOf(session.text, item.start);
  const start = withCommentsAbove ? startOfCommentLinesAbove(session.text, lineStart, column) : lineStart;
  const end = endOfLines(session, item.end);
  deleteLines(session, start, session.text[end - 1] === '\n' ? endOfCommentLinesBelow(session.text, end, column) : end);
}

/** A new item to insert: its text (first line unindented) and comment lines that go above it. */
export interface InsertedItem {
  readonly text: string;
  /** Whole comment lines, indented for the item, that describe it (from the text it came back from). */
  readonly commentsAbove?: string;
}

/**
 * Inserts new items among existing ones. Each new item goes after the closest existing item
 * before it (or before the first existing item), on lines of its own at `column`.
 */
export function insertRuns(
  session: PatchSession,
  items: readonly ({ existing: { start: number; end: number } } | InsertedItem)[],
  column: number,
  atRoot: boolean,
): void {
  const indent = ' '.repeat(column);
  const lineBreak = session.context.style.lineBreak;
  let anchor: { start: number; end: number } | null = null;
  let pending: InsertedItem[] = [];
  const firstExisting = items.find((item): item is { existing: { start: number; end: number } } => 'existing' in item);
  const flush = (): void => {
    if (pending.length === 0) return;
    const block = (skipFirstComments: boolean): string =>
      pending
        .map((item, index) => (skipFirstComments && index === 0 ? '' : (item.commentsAbove ?? '')) + indent + item.text)
        .join(lineBreak);
    if (anchor) insertAfter(session, anchor.end, block, column, pending[0]!.commentsAbove ?? '');
    else if (firstExisting)
      insertBefore(session, firstExisting.existing.start, column, indent, block(false).slice(indent.length), atRoot);
    pending = [];
  };
  for (const item of items) {
    if ('existing' in item) {
      flush();
      anchor = item.existing;
    } else {
      pending.push(item);
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
 * Inserts full lines (made by `lines`, already indented, for items at `column`) after the line on
 * which offset `end` lies, and after the comment lines below it that are indented deeper (they
 * belong to the item before): at a line start, so a deletion of the following lines never
 * overlaps it. When the text there already holds `firstComments` (the comment lines of a value
 * that comes back, kept when it went), the lines go below them and those comments are not repeated.
 */
function insertAfter(
  session: PatchSession,
  end: number,
  lines: (skipFirstComments: boolean) => string,
  column: number,
  firstComments: string,
): void {
  const lineBreak = session.context.style.lineBreak;
  const next =
    end > 0 && session.text[end - 1] === '\n'
      ? end
      : lineEndOf(session.text, endOfTrailingComment(session.text, end)) + 1;
  let position = next > session.text.length ? session.text.length : endOfCommentLinesBelow(session.text, next, column);
  const present = firstComments !== '' && session.text.startsWith(firstComments, position);
  if (present) position += firstComments.length;
  const text = lines(present);
  if (position === session.text.length && !session.text.endsWith('\n'))
    session.edits.push({ start: position, end: position, text: lineBreak + text });
  else session.edits.push({ start: position, end: position, text: text + lineBreak });
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
