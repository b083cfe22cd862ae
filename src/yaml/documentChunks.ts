/** The part of a YAML stream that holds one document: from its `---` line to the next one. */
export interface DocumentChunk {
  readonly start: number;
  readonly end: number;
}

/** A line that starts with `---`, `...` or `%`: a document marker or a directive. */
const MARKER_LINE = /^(?:---|\.\.\.|%)/gm;
/** `---` alone on its line, or followed only by a comment. */
const PLAIN_SEPARATOR = /^---[ \t]*(?:#[^\n]*)?\r?$/;

/**
 * Splits a YAML stream at its `---` lines, so that each part can be read on its own and gives the
 * same document as reading the whole stream (the text before the first `---` is a part too; it
 * holds a document only when it holds more than comments). A `---` at the start of a line always
 * ends the document before it in YAML, also inside a block scalar or a quoted value (where it is
 * an error the whole read reports too).
 *
 * Returns null when the stream uses what makes a document depend on the ones before it or a
 * marker this split does not model: directives (`%YAML`, `%TAG`), document end markers (`...`),
 * or content on a `---` line (`--- |`, `--- !tag`). The caller then reads the stream whole.
 * @example splitDocumentChunks('a: 1\n---\nb: 2\n') // [{ start: 0, end: 5 }, { start: 5, end: 14 }]
 */
export function splitDocumentChunks(text: string): DocumentChunk[] | null {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  for (const match of text.matchAll(MARKER_LINE)) {
    const lineEnd = text.indexOf('\n', match.index);
    const line = text.slice(match.index, lineEnd === -1 ? text.length : lineEnd);
    if (!PLAIN_SEPARATOR.test(line)) return null;
    if (match.index > start) chunks.push({ start, end: match.index });
    start = match.index;
  }
  if (text.length > start || chunks.length === 0) chunks.push({ start, end: text.length });
  return chunks;
}
