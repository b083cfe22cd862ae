import type { JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { splitDocumentChunks } from './documentChunks';
import { lazyParsedManifest } from './lazyParsedManifest';
import { PARSE_LIMITS, parseManifest, type ParsedManifest, type ParseOutcome } from './parseManifest';
import { shiftSourceDocument } from './shiftSource';
import type { SourceDocument } from './sourceNodes';

/** Reads manifests one edit after another, re-reading only the documents an edit touched. */
export interface ManifestParser {
  /**
   * Parses `text` exactly as `parseManifest` does. Document chunks (a `---` line to the next)
   * whose text is among those of the last remembered parse keep their objects and source trees;
   * only the others are read again. The result is remembered.
   */
  parse(text: string): ParseOutcome;
  /**
   * Makes `manifest` the one the next parse starts from: after a change written into the text
   * (a canvas edit), or to keep document objects that replaced the parsed ones with equal
   * content (structure shared with an earlier version), so the next parse returns those.
   */
  remember(manifest: ParsedManifest): void;
}

/** The documents (none or one) read from one chunk's text, and their source trees. */
class ReadChunk {
  constructor(
    readonly text: string,
    readonly documents: Manifest,
    private readonly sources: SourceTrees,
  ) {}

  withDocuments(documents: Manifest): ReadChunk {
    return new ReadChunk(this.text, documents, this.sources);
  }

  sourcesAt(start: number): readonly SourceDocument[] {
    return this.sources.at(start);
  }
}

/** Source trees read at one place of a text, moved to wherever their chunk is now (the last place kept). */
class SourceTrees {
  private placed: { start: number; trees: readonly SourceDocument[] } | null = null;

  constructor(
    private readonly read: () => readonly SourceDocument[],
    private readonly origin: number,
  ) {}

  at(start: number): readonly SourceDocument[] {
    if (this.placed?.start !== start) {
      const delta = start - this.origin;
      this.placed = { start, trees: this.read().map((tree) => shiftSourceDocument(tree, delta)) };
    }
    return this.placed.trees;
  }
}

interface PlacedChunk {
  readonly chunk: ReadChunk;
  readonly start: number;
}

/**
 * A manifest parser with a memory of its last result (one per store or worker, never shared).
 * @example
 * const parser = createManifestParser();
 * parser.parse(text);
 * parser.parse(textWithOneDocumentEdited); // reads that document only
 */
export function createManifestParser(): ManifestParser {
  let last: { text: string; placed: readonly PlacedChunk[] } | null = null;

  const parse = (text: string): ParseOutcome => {
    const bounds = text.length > PARSE_LIMITS.maxCharacters ? null : splitDocumentChunks(text);
    if (!bounds) return parseManifest(text);
    const available = new Map<string, ReadChunk[]>();
    for (const { chunk } of last?.placed ?? []) {
      const same = available.get(chunk.text);
      if (same) same.push(chunk);
      else available.set(chunk.text, [chunk]);
    }
    const placed: PlacedChunk[] = [];
    for (const { start, end } of bounds) {
      const chunkText = text.slice(start, end);
      let chunk = available.get(chunkText)?.shift();
      if (!chunk) {
        const outcome = parseManifest(chunkText);
        // A problem is reported as the whole stream reads it (its line, its document number).
        if (!outcome.ok || outcome.manifest.documents.length > 1) return parseManifest(text);
        const read = outcome.manifest;
        chunk = new ReadChunk(chunkText, read.documents, new SourceTrees(() => read.sources, 0));
      }
      placed.push({ chunk, start });
    }
    last = { text, placed };
    return { ok: true, manifest: assemble(text, placed) };
  };

  const remember = (manifest: ParsedManifest): void => {
    if (last?.text === manifest.text && countDocuments(last.placed) === manifest.documents.length) {
      let index = 0;
      last = {
        text: manifest.text,
        placed: last.placed.map(({ chunk, start }) => {
          const documents = manifest.documents.slice(index, index + chunk.documents.length);
          index += documents.length;
          return { chunk: chunk.withDocuments(documents), start };
        }),
      };
      return;
    }
    last = placeDocuments(manifest);
  };

  return { parse, remember };
}

function countDocuments(placed: readonly PlacedChunk[]): number {
  return placed.reduce((sum, { chunk }) => sum + chunk.documents.length, 0);
}

function assemble(text: string, placed: readonly PlacedChunk[]): ParsedManifest {
  const documents: (JsonObject | null)[] = [];
  for (const { chunk } of placed) documents.push(...chunk.documents);
  return lazyParsedManifest(text, documents, () => placed.flatMap(({ chunk, start }) => chunk.sourcesAt(start)));
}

/**
 * The chunks of a manifest parsed whole (or written): every chunk holds one document, except a
 * first chunk of only comments before the first `---`. Null when its text does not split.
 */
function placeDocuments(manifest: ParsedManifest): { text: string; placed: PlacedChunk[] } | null {
  const bounds = splitDocumentChunks(manifest.text);
  if (!bounds) return null;
  const leadingWithout = manifest.documents.length === bounds.length - 1;
  if (!leadingWithout && manifest.documents.length !== bounds.length) return null;
  let index = 0;
  const placed = bounds.map(({ start, end }, position) => {
    const count = position === 0 && leadingWithout ? 0 : 1;
    const first = index;
    index += count;
    const trees = new SourceTrees(() => manifest.sources.slice(first, first + count), start);
    return {
      chunk: new ReadChunk(manifest.text.slice(start, end), manifest.documents.slice(first, first + count), trees),
      start,
    };
  });
  return { text: manifest.text, placed };
}
