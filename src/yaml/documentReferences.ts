import { hasKey, isJsonArray, isJsonObject, type JsonValue } from '../model/jsonValue';
import type { AliasSource, MappingSource, SourceNode } from './sourceNodes';
import type { ValueSlot } from './valueSlot';

/** An alias (`*name`) in the text, with the value it stands for and its place in its parent. */
export interface AliasSite {
  readonly node: AliasSource;
  readonly value: JsonValue;
  readonly slot: ValueSlot;
}

/**
 * The anchors, aliases and merge keys of one document: what the patcher must keep consistent when
 * an anchored value changes (its aliases must keep the old value) or disappears.
 */
export interface DocumentReferences {
  /** Every anchored node, with the value it had. */
  readonly anchorValues: ReadonlyMap<SourceNode, JsonValue>;
  readonly aliasSites: readonly AliasSite[];
  /** Each mapping with a `<<` merge key, and the nodes its merge entries name (aliases or inline mappings). */
  readonly mergeSites: ReadonlyMap<MappingSource, readonly SourceNode[]>;
  readonly parents: ReadonlyMap<SourceNode, SourceNode>;
  /** The anchored node an alias refers to: the last anchor of that name before it. */
  target(alias: AliasSource): SourceNode | undefined;
}

/** True for a `<<` entry that YAML treats as a merge key (a plain scalar key). */
export function isMergeKey(key: SourceNode, keyText: string): boolean {
  return keyText === '<<' && key.kind === 'scalar' && key.style === 'plain';
}

/** Collects the references of a document from its source tree and the value it parsed to. */
export function collectReferences(root: SourceNode | null, value: JsonValue | null | undefined): DocumentReferences {
  const anchors: SourceNode[] = [];
  const anchorValues = new Map<SourceNode, JsonValue>();
  const aliasSites: AliasSite[] = [];
  const mergeSites = new Map<MappingSource, SourceNode[]>();
  const parents = new Map<SourceNode, SourceNode>();

  const visit = (node: SourceNode, current: JsonValue | undefined, slot: ValueSlot, inFlow: boolean): void => {
    if (node.anchor) {
      anchors.push(node);
      if (current !== undefined) anchorValues.set(node, current);
    }
    if (node.kind === 'alias') {
      if (current !== undefined) aliasSites.push({ node, value: current, slot });
      return;
    }
    if (node.kind === 'mapping') {
      const flow = inFlow || node.flow;
      for (const entry of node.entries) {
        parents.set(entry.value, node);
        if (isMergeKey(entry.key, entry.keyText)) {
          const sources = entry.value.kind === 'sequence' ? entry.value.items : [entry.value];
          mergeSites.set(node, [...(mergeSites.get(node) ?? []), ...sources]);
          for (const source of sources) if (source.anchor) anchors.push(source);
          continue;
        }
        const child = isJsonObject(current) && hasKey(current, entry.keyText) ? current[entry.keyText] : undefined;
        visit(entry.value, child, flow ? { kind: 'flow' } : { kind: 'mapValue', entry }, flow);
      }
    } else if (node.kind === 'sequence') {
      const flow = inFlow || node.flow;
      node.items.forEach((item, index) => {
        parents.set(item, node);
        const child = isJsonArray(current) ? current[index] : undefined;
        visit(item, child, flow ? { kind: 'flow' } : { kind: 'seqItem', dash: node.dashes[index]! }, flow);
      });
    }
  };
  if (root && value !== null && value !== undefined) visit(root, value, { kind: 'root' }, false);

  anchors.sort((a, b) => a.start - b.start);
  return {
    anchorValues,
    aliasSites,
    mergeSites,
    parents,
    target(alias) {
      let found: SourceNode | undefined;
      for (const anchor of anchors) {
        if (anchor.start >= alias.start) break;
        if (anchor.anchor === alias.name) found = anchor;
      }
      return found;
    },
  };
}

/** Every anchored node in the subtree of `node` (itself included). */
export function anchoredNodesIn(node: SourceNode): SourceNode[] {
  const found: SourceNode[] = [];
  const visit = (current: SourceNode): void => {
    if (current.anchor) found.push(current);
    if (current.kind === 'mapping') for (const entry of current.entries) visit(entry.value);
    if (current.kind === 'sequence') current.items.forEach(visit);
  };
  visit(node);
  return found;
}
