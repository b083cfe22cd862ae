import { deepEqual, isJsonObject, type JsonValue } from '../../model/jsonValue';
import { anchoredNodesIn, isMergeKey } from '../documentReferences';
import type { MappingSource, SourceNode } from '../sourceNodes';
import { DROPPED, type PatchSession } from './patchSession';

/*
 * Anchors, aliases and merge keys while a document is patched: which anchored values lose their
 * text, and which aliases and merging mappings must then be re-rendered to keep their old values.
 */

/** Adds the aliases and merging mappings of dirty anchors to `forced`; true when any is new. */
export function forceReferencesOfDirtyAnchors(session: PatchSession): boolean {
  const { aliasSites, mergeSites, parents } = session.references;
  const fresh: SourceNode[] = [];
  for (const site of aliasSites) {
    const target = session.references.target(site.node);
    if (target && session.dirtyAnchors.has(target) && !session.forced.has(site.node)) fresh.push(site.node);
  }
  for (const [mapping, sources] of mergeSites) {
    if (!session.forced.has(mapping) && mergeChanges(session, mapping, sources)) fresh.push(mapping);
  }
  for (const node of fresh) {
    session.forced.add(node);
    for (let parent = parents.get(node); parent; parent = parents.get(parent)) session.forcedAncestors.add(parent);
  }
  return fresh.length > 0;
}

/**
 * Whether what `mapping` inherits through its merge keys changes with the dirty anchors: a merged
 * anchor is gone, or a key the mapping does not set itself now has another value.
 */
function mergeChanges(session: PatchSession, mapping: MappingSource, sources: readonly SourceNode[]): boolean {
  const targets = sources.map((source) => (source.kind === 'alias' ? session.references.target(source) : source));
  if (!targets.some((target) => target !== undefined && session.dirtyAnchors.has(target))) return false;
  const own = new Set(
    mapping.entries.filter((entry) => !isMergeKey(entry.key, entry.keyText)).map((entry) => entry.keyText),
  );
  const inherited = (
    anchorValueOf: (target: SourceNode) => JsonValue | typeof DROPPED | undefined,
  ): Map<string, JsonValue> | null => {
    const merged = new Map<string, JsonValue>();
    for (const target of targets) {
      const value = target ? anchorValueOf(target) : undefined;
      if (!isJsonObject(value)) return null;
      for (const key of Object.keys(value))
        if (!own.has(key) && !merged.has(key)) merged.set(key, value[key] as JsonValue);
    }
    return merged;
  };
  const before = inherited((target) => session.references.anchorValues.get(target));
  const after = inherited((target) =>
    session.dirtyAnchors.has(target) ? session.dirtyAnchors.get(target) : session.references.anchorValues.get(target),
  );
  return before === null || after === null || !deepEqual(Object.fromEntries(before), Object.fromEntries(after));
}

/** Records that the anchors inside `node` lose their text (it is removed or re-rendered). */
export function dropAnchorsIn(session: PatchSession, node: SourceNode): void {
  for (const anchored of anchoredNodesIn(node)) session.dirtyAnchors.set(anchored, DROPPED);
}

/** The key-value pairs a mapping inherits through its merge keys, or null when unknown. */
export function mergedValues(session: PatchSession, node: MappingSource): Map<string, JsonValue> | null {
  const merged = new Map<string, JsonValue>();
  for (const source of session.references.mergeSites.get(node) ?? []) {
    const target = source.kind === 'alias' ? session.references.target(source) : undefined;
    const value = target ? session.references.anchorValues.get(target) : undefined;
    if (!isJsonObject(value)) return null;
    for (const key of Object.keys(value)) if (!merged.has(key)) merged.set(key, value[key] as JsonValue);
  }
  return merged;
}
