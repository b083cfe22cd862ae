import type { Manifest } from '../model/manifest';
import { LineIndex } from './lineIndex';
import type { ParsedManifest } from './parseManifest';
import type { SourceDocument } from './sourceNodes';

/**
 * A parsed manifest whose source trees and line index are built the first time something reads
 * them (the editor's markers, a canvas edit, a selection), not on every keystroke. The getters
 * are enumerable, so a spread copy (`{ ...manifest }`) still holds everything.
 */
export function lazyParsedManifest(
  text: string,
  documents: Manifest,
  buildSources: () => readonly SourceDocument[],
): ParsedManifest {
  let sources: readonly SourceDocument[] | undefined;
  let lines: LineIndex | undefined;
  return {
    text,
    documents,
    get sources() {
      sources ??= buildSources();
      return sources;
    },
    get lines() {
      lines ??= new LineIndex(text);
      return lines;
    },
  };
}

/** The same parse with other document objects of the same content (structure shared with an earlier parse). */
export function withDocuments(manifest: ParsedManifest, documents: Manifest): ParsedManifest {
  if (documents === manifest.documents) return manifest;
  return {
    text: manifest.text,
    documents,
    get sources() {
      return manifest.sources;
    },
    get lines() {
      return manifest.lines;
    },
  };
}
