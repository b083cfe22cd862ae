import type { MappingEntrySource, SourceDocument, SourceNode } from './sourceNodes';

/**
 * The same source tree with every offset moved by `delta`: where a document read on its own sits
 * in the whole stream.
 * @example shiftSourceDocument(documentReadAlone, chunk.start)
 */
export function shiftSourceDocument(document: SourceDocument, delta: number): SourceDocument {
  if (delta === 0 || !document.root) return document;
  return { ...document, root: shiftNode(document.root, delta) };
}

function shiftNode(node: SourceNode, delta: number): SourceNode {
  switch (node.kind) {
    case 'scalar':
      return { ...node, start: node.start + delta, end: node.end + delta, contentStart: node.contentStart + delta };
    case 'alias':
      return { ...node, start: node.start + delta, end: node.end + delta };
    case 'mapping':
      return {
        ...node,
        start: node.start + delta,
        end: node.end + delta,
        entries: node.entries.map(
          (entry): MappingEntrySource => ({
            key: shiftNode(entry.key, delta),
            keyText: entry.keyText,
            colonEnd: entry.colonEnd + delta,
            value: shiftNode(entry.value, delta),
          }),
        ),
      };
    case 'sequence':
      return {
        ...node,
        start: node.start + delta,
        end: node.end + delta,
        items: node.items.map((item) => shiftNode(item, delta)),
        dashes: node.dashes.map((dash) => dash + delta),
      };
  }
}
