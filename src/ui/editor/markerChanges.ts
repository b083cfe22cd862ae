import type { EditorMarker } from '../../store/editorSync';

/** The markers of one owner, and a signature that tells whether they changed. */
export interface MarkerGroup {
  readonly markers: readonly EditorMarker[];
  readonly signature: string;
}

/**
 * The editor's markers as groups (one per YAML document, one for the syntax error), and which
 * groups differ from `previous`: only those are handed to the editor again, so an edit in one
 * document leaves the markers (and their decorations) of every other document as they are.
 * A group that is gone maps to no markers.
 * @example markerChanges(new Map(), markers).changed // every group, the first time
 */
export function markerChanges(
  previous: ReadonlyMap<string, MarkerGroup>,
  markers: readonly EditorMarker[],
): { groups: Map<string, MarkerGroup>; changed: Map<string, readonly EditorMarker[]> } {
  const byOwner = new Map<string, EditorMarker[]>();
  for (const marker of markers) {
    const owner = marker.documentIndex === null ? 'yaml' : `document-${marker.documentIndex}`;
    const group = byOwner.get(owner);
    if (group) group.push(marker);
    else byOwner.set(owner, [marker]);
  }
  const groups = new Map<string, MarkerGroup>();
  const changed = new Map<string, readonly EditorMarker[]>();
  for (const [owner, group] of byOwner) {
    const signature = JSON.stringify(group);
    groups.set(owner, { markers: group, signature });
    if (previous.get(owner)?.signature !== signature) changed.set(owner, group);
  }
  for (const owner of previous.keys()) if (!groups.has(owner)) changed.set(owner, []);
  return { groups, changed };
}
