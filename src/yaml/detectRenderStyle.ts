import { resolvePlainScalar } from './kubernetesYamlSchema';
import { inAlphabeticalOrder, KUBECTL_STYLE, type RenderStyle } from './renderValue';
import type { SourceNode } from './sourceNodes';
import { columnOf } from './textScanning';

/** How often a document writes its one-line string values plain, single- or double-quoted. */
interface QuoteCounts {
  plain: number;
  single: number;
  double: number;
}

/** Counts a scalar that holds a string (a plain `8080` or `true` is not one: it says nothing about quoting). */
function countQuoting(text: string, node: SourceNode, counts: QuoteCounts): void {
  if (node.kind !== 'scalar' || node.empty || node.anchor) return;
  if (node.style === 'single' || node.style === 'double') counts[node.style]++;
  else if (node.style === 'plain' && typeof resolvePlainScalar(text.slice(node.start, node.end)) === 'string')
    counts.plain++;
}

/** The quotes most of a document's strings have, when more are quoted than plain. */
function prevailingQuotes(counts: QuoteCounts): 'double' | 'single' | undefined {
  if (counts.double > counts.plain && counts.double >= counts.single) return 'double';
  if (counts.single > counts.plain && counts.single > counts.double) return 'single';
  return undefined;
}

const isScalarList = (node: SourceNode): boolean =>
  node.kind === 'sequence' && node.items.length > 0 && node.items.every((item) => item.kind === 'scalar');

/**
 * Reads a document's layout: how far nested mappings are indented, whether sequences are
 * indented under their key, whether keys are kept sorted, how strings are quoted and whether
 * short lists are written in flow style, so inserted text looks like the text around it.
 */
export function detectRenderStyle(text: string, root: SourceNode | null): RenderStyle {
  const mappingSteps = new Map<number, number>();
  const sequenceSteps = new Map<number, number>();
  // Sorted mappings of three keys or more, and unsorted ones of two or more.
  const mappingOrders = { sorted: 0, unsorted: 0 };
  // String values of block mappings and lists, and the items of flow lists, which often differ
  // (`command: ["sh", "-c"]` beside a plain `name: web`).
  const quoting: QuoteCounts = { plain: 0, single: 0, double: 0 };
  const flowQuoting: QuoteCounts = { plain: 0, single: 0, double: 0 };
  const scalarLists = { flow: 0, block: 0 };
  const visit = (node: SourceNode, depth: number): void => {
    if (depth > 40) return;
    if (node.kind === 'mapping' && !node.flow) {
      // Two keys in order prove little (`key, value`); two out of order prove the file is not sorted.
      const sorted = inAlphabeticalOrder(node.entries.map((entry) => entry.keyText));
      if (!sorted && node.entries.length >= 2) mappingOrders.unsorted++;
      else if (sorted && node.entries.length >= 3) mappingOrders.sorted++;
      for (const entry of node.entries) {
        const value = entry.value;
        const keyColumn = columnOf(text, entry.key.start);
        if (value.kind === 'mapping' && !value.flow && value.entries.length > 0) {
          const step = columnOf(text, value.entries[0]!.key.start) - keyColumn;
          if (step > 0) mappingSteps.set(step, (mappingSteps.get(step) ?? 0) + 1);
        }
        if (value.kind === 'sequence' && !value.flow && value.dashes.length > 0) {
          const step = columnOf(text, value.dashes[0]!) - keyColumn;
          if (step >= 0) sequenceSteps.set(step, (sequenceSteps.get(step) ?? 0) + 1);
        }
        countQuoting(text, value, quoting);
        visit(value, depth + 1);
      }
    } else if (node.kind === 'sequence') {
      if (isScalarList(node)) scalarLists[node.flow ? 'flow' : 'block']++;
      for (const item of node.items) {
        countQuoting(text, item, node.flow ? flowQuoting : quoting);
        visit(item, depth + 1);
      }
    } else if (node.kind === 'mapping') {
      for (const entry of node.entries) visit(entry.value, depth + 1);
    }
  };
  if (root) visit(root, 0);
  const mostCommon = (counts: Map<number, number>): number | undefined =>
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const indentUnit = mostCommon(mappingSteps) ?? KUBECTL_STYLE.indentUnit;
  const sequenceIndent = mostCommon(sequenceSteps) ?? KUBECTL_STYLE.sequenceIndent;
  // The top level of a manifest starts `apiVersion, kind, metadata, spec` (sorted already): it
  // needs company before a document counts as sorted.
  const sortedKeys = mappingOrders.sorted >= 3 && mappingOrders.unsorted === 0;
  const stringQuotes = prevailingQuotes(quoting);
  const flowItemQuotes = prevailingQuotes(flowQuoting);
  return {
    indentUnit,
    sequenceIndent,
    lineBreak: text.includes('\r\n') ? '\r\n' : '\n',
    ...(sortedKeys ? { sortedKeys } : {}),
    ...(stringQuotes ? { stringQuotes } : {}),
    ...(scalarLists.flow > scalarLists.block ? { flowLists: true } : {}),
    ...(flowItemQuotes ? { flowItemQuotes } : {}),
  };
}
