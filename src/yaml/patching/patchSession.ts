import type { JsonValue } from '../../model/jsonValue';
import { detectRenderStyle } from '../detectRenderStyle';
import { collectReferences, type DocumentReferences } from '../documentReferences';
import type { ParsedManifest } from '../parseManifest';
import type { RenderContext } from '../renderValue';
import type { SourceNode } from '../sourceNodes';
import type { TextEdit } from '../textEdit';
import type { SourceIndex } from './sourceIndex';

/** What a removed or re-rendered anchored value has instead of a new value: its anchor is gone. */
export const DROPPED = Symbol('dropped');

/** The state of one patch of a manifest's text, shared by the steps in src/yaml/patching/. */
export interface PatchSession {
  /** The user's text, as it was before the change. */
  readonly text: string;
  /** The edits made so far (swapped out while the patched text of a moved value is made). */
  edits: TextEdit[];
  /** How new text is written: the document's own indentation style, and the text of moved values. */
  context: RenderContext;
  /** Anchors, aliases and merge keys of the document being patched. */
  references: DocumentReferences;
  /**
   * Anchored nodes whose text no longer gives their old value: their new value when they were
   * patched in place, DROPPED when they were removed or re-rendered (the anchor is gone).
   */
  readonly dirtyAnchors: Map<SourceNode, JsonValue | typeof DROPPED>;
  /** Nodes to re-render from their value: aliases and merging mappings of dirty anchors. */
  readonly forced: Set<SourceNode>;
  readonly forcedAncestors: Set<SourceNode>;
  readonly sources: SourceIndex;
  /**
   * Earlier texts whose values may come back (a StatefulSet's claim templates set aside by a kind
   * switch and restored by the switch back): such a value gets its old text, comments included.
   */
  readonly donors: readonly PatchSession[];
}

export function createPatchSession(parsed: ParsedManifest, donors: readonly PatchSession[] = []): PatchSession {
  return {
    text: parsed.text,
    edits: [],
    context: { style: detectRenderStyle(parsed.text, null) },
    references: collectReferences(null, null),
    dirtyAnchors: new Map(),
    forced: new Set(),
    forcedAncestors: new Set(),
    sources: { byValue: new Map(), info: new Map(), parentOf: new Map(), byShape: null, patching: new Set() },
    donors,
  };
}
