/**
 * Where each value of a parsed YAML stream sits in its text. Built from js-yaml's parser events
 * (which carry offsets but no end positions for collections); all ranges are zero-based,
 * end-exclusive offsets into the text and include anchors, tags, quotes and brackets.
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

interface SourceNodeBase {
  /** First character of the node, including its anchor or tag. */
  readonly start: number;
  /** Just past the node's last character (for a block scalar: past its last line break). */
  readonly end: number;
  /** Anchor name (`&name`) if the node has one. */
  readonly anchor: string | null;
}

export interface ScalarSource extends SourceNodeBase {
  readonly kind: 'scalar';
  readonly style: ScalarStyle;
  /** Start of the scalar's content (after props; after the opening quote). */
  readonly contentStart: number;
  /** True for a value with no text at all (`key:` with nothing after it). */
  readonly empty: boolean;
  /** For block scalars: `clip`, `strip` or `keep` chomping. */
  readonly chomping: 'clip' | 'strip' | 'keep';
}

export interface MappingEntrySource {
  readonly key: SourceNode;
  /** The key as a string (how js-yaml stores it in the object). */
  readonly keyText: string;
  /** Just past the `:` that separates key and value. */
  readonly colonEnd: number;
  readonly value: SourceNode;
}

export interface MappingSource extends SourceNodeBase {
  readonly kind: 'mapping';
  readonly flow: boolean;
  readonly entries: readonly MappingEntrySource[];
  /** Has a `<<` merge key: its data comes partly from elsewhere in the text. */
  readonly hasMergeKey: boolean;
}

export interface SequenceSource extends SourceNodeBase {
  readonly kind: 'sequence';
  readonly flow: boolean;
  readonly items: readonly SourceNode[];
  /** For block sequences: offset of each item's `-` indicator. */
  readonly dashes: readonly number[];
}

export interface AliasSource extends SourceNodeBase {
  readonly kind: 'alias';
  readonly name: string;
}

export type SourceNode = ScalarSource | MappingSource | SequenceSource | AliasSource;

export interface SourceDocument {
  /** The document's root node; null for an empty document. */
  readonly root: SourceNode | null;
  readonly explicitStart: boolean;
}
