import type { DataPath, PathSegment } from '../model/dataPath';
import type { ParsedManifest } from './parseManifest';
import type { TextRange } from './lineIndex';
import type { MappingEntrySource, SourceNode } from './sourceNodes';

/** Where a data path is in the text: the value's range, and the key's when it has one. */
export interface SourceLocation {
  /** The path that was found: the whole path, or its longest existing prefix. */
  readonly foundPath: DataPath;
  readonly exact: boolean;
  readonly value: { readonly start: number; readonly end: number };
  readonly key: { readonly start: number; readonly end: number } | null;
}

/**
 * Finds a manifest data path (`[documentIndex, 'spec', 'containers', 0, 'image']`) in the text.
 * Follows aliases and merge keys. When part of the path does not exist, returns the deepest
 * existing ancestor with `exact: false` (a "missing field" is shown on its parent).
 */
export function locateSource(manifest: ParsedManifest, path: DataPath): SourceLocation | null {
  const [documentIndex, ...rest] = path;
  if (typeof documentIndex !== 'number') return null;
  const root = manifest.sources[documentIndex]?.root;
  if (!root) return null;
  const anchors = collectAnchors(root);
  let node: SourceNode = resolveAlias(root, anchors);
  let key: SourceNode | null = null;
  const found: PathSegment[] = [documentIndex];
  for (const segment of rest) {
    const child = childOf(node, segment, anchors);
    if (!child) return { foundPath: found, exact: false, value: rangeOf(node), key: key && rangeOf(key) };
    found.push(segment);
    key = child.key;
    node = resolveAlias(child.value, anchors);
  }
  return { foundPath: found, exact: true, value: rangeOf(node), key: key && rangeOf(key) };
}

/** Line/column range of a data path: the key and value of a field, or the item of a list. */
export function rangeOfPath(manifest: ParsedManifest, path: DataPath): (TextRange & { exact: boolean }) | null {
  const location = locateSource(manifest, path);
  return location ? rangeOfLocation(manifest, location) : null;
}

/** Line/column range of a located path: its key and value, without trailing line breaks. */
export function rangeOfLocation(manifest: ParsedManifest, location: SourceLocation): TextRange & { exact: boolean } {
  const start = location.key?.start ?? location.value.start;
  const end = Math.max(location.value.end, location.key?.end ?? 0);
  const trimmedEnd = trimTrailingBreaks(manifest.text, start, end);
  return { ...manifest.lines.rangeOf(start, trimmedEnd), exact: location.exact };
}

function trimTrailingBreaks(text: string, start: number, end: number): number {
  let result = end;
  while (result > start && (text[result - 1] === '\n' || text[result - 1] === '\r')) result--;
  return result;
}

function rangeOf(node: SourceNode): { start: number; end: number } {
  return { start: node.start, end: node.end };
}

function childOf(
  node: SourceNode,
  segment: PathSegment,
  anchors: Map<string, SourceNode[]>,
): { key: SourceNode | null; value: SourceNode } | null {
  if (node.kind === 'sequence' && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { key: null, value: item } : null;
  }
  if (node.kind !== 'mapping') return null;
  const entry = findEntry(node.entries, String(segment));
  if (entry) return { key: entry.key, value: entry.value };
  for (const merge of node.entries.filter((candidate) => candidate.keyText === '<<')) {
    const sources = merge.value.kind === 'sequence' ? merge.value.items : [merge.value];
    for (const source of sources) {
      const resolved = resolveAlias(source, anchors);
      const inherited = childOf(resolved, segment, anchors);
      if (inherited) return inherited;
    }
  }
  return null;
}

function findEntry(entries: readonly MappingEntrySource[], key: string): MappingEntrySource | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.keyText === key) return entries[i];
  return undefined;
}

function resolveAlias(node: SourceNode, anchors: Map<string, SourceNode[]>): SourceNode {
  if (node.kind !== 'alias') return node;
  const candidates = anchors.get(node.name) ?? [];
  const target = [...candidates].reverse().find((candidate) => candidate.start < node.start);
  return target ?? node;
}

function collectAnchors(root: SourceNode): Map<string, SourceNode[]> {
  const anchors = new Map<string, SourceNode[]>();
  const visit = (node: SourceNode): void => {
    if (node.anchor) anchors.set(node.anchor, [...(anchors.get(node.anchor) ?? []), node]);
    if (node.kind === 'mapping') for (const entry of node.entries) visit(entry.value);
    if (node.kind === 'sequence') node.items.forEach(visit);
  };
  visit(root);
  return anchors;
}

/**
 * The data path of the deepest value at a text offset (for selecting what the cursor is on).
 * A position on a key selects that key's value.
 */
export function pathAtOffset(manifest: ParsedManifest, offset: number): DataPath | null {
  for (let documentIndex = 0; documentIndex < manifest.sources.length; documentIndex++) {
    const root = manifest.sources[documentIndex]?.root;
    if (!root || offset < root.start || offset > root.end) continue;
    const path: PathSegment[] = [documentIndex];
    let node: SourceNode = root;
    for (;;) {
      let next: { segment: PathSegment; node: SourceNode } | null = null;
      if (node.kind === 'mapping') {
        for (const entry of node.entries) {
          if (offset >= entry.key.start && offset <= Math.max(entry.value.end, entry.key.end)) {
            next = { segment: entry.keyText, node: entry.value };
          }
        }
      } else if (node.kind === 'sequence') {
        node.items.forEach((item, index) => {
          const start = node.kind === 'sequence' && !node.flow ? node.dashes[index]! : item.start;
          if (offset >= start && offset <= item.end) next = { segment: index, node: item };
        });
      }
      if (!next) return path;
      path.push(next.segment);
      node = next.node;
    }
  }
  return null;
}
