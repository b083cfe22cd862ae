/** Small scanners over YAML text, used to find what js-yaml's events do not report. */

/** Skips spaces, tabs, line breaks and comments from `position`; returns the next offset. */
export function skipBlankAndComments(text: string, position: number): number {
  let i = position;
  while (i < text.length) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\uFEFF') {
      i++;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else {
      break;
    }
  }
  return i;
}

export function lineStartOf(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

/** Offset of the line break ending the line of `position` (or the text's length). */
export function lineEndOf(text: string, position: number): number {
  const index = text.indexOf('\n', position);
  return index < 0 ? text.length : index;
}

export function columnOf(text: string, position: number): number {
  return position - lineStartOf(text, position);
}

/** True when only spaces or tabs stand between the start of the line and `position`. */
export function isFirstOnLine(text: string, position: number): boolean {
  for (let i = position - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (text[i] !== ' ' && text[i] !== '\t') return false;
  }
  return true;
}

/**
 * If the rest of the line after `position` is blank or a comment, the offset of the line's end
 * (before `\r\n` or `\n`); otherwise `position` itself.
 */
export function endOfTrailingComment(text: string, position: number): number {
  const end = lineEndOf(text, position);
  const rest = text.slice(position, end);
  if (!/^[ \t]*(#.*)?\r?$/.test(rest)) return position;
  return end > position && text[end - 1] === '\r' ? end - 1 : end;
}

/**
 * The start of the run of comment lines, indented exactly `column`, that ends just above the line
 * starting at `lineStart` (no blank line in between); `lineStart` itself when there is none.
 */
export function startOfCommentLinesAbove(text: string, lineStart: number, column: number): number {
  let start = lineStart;
  while (start > 0) {
    const previousStart = lineStartOf(text, start - 1);
    const line = text.slice(previousStart, start).replace(/\r?\n$/, '');
    const indentation = line.length - line.trimStart().length;
    if (indentation !== column || !line.trimStart().startsWith('#') || /\t/.test(line.slice(0, indentation))) break;
    start = previousStart;
  }
  return start;
}

/**
 * From `lineStart`, skips the comment lines indented deeper than `column` (comments inside the
 * item that ends above them); returns the start of the first other line (or the text's end).
 */
export function endOfCommentLinesBelow(text: string, lineStart: number, column: number): number {
  let position = lineStart;
  while (position < text.length) {
    const lineEnd = lineEndOf(text, position);
    const line = text.slice(position, lineEnd).replace(/\r$/, '');
    const indentation = line.length - line.trimStart().length;
    if (!line.trimStart().startsWith('#') || indentation <= column) break;
    position = lineEnd < text.length ? lineEnd + 1 : lineEnd;
  }
  return position;
}
