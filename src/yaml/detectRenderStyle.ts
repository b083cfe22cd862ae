import { inAlphabeticalOrder, KUBECTL_STYLE, type RenderStyle } from './renderValue';
import type { SourceNode } from './sourceNodes';
import { columnOf } from './textScanning';

/**
 * Reads a document's layout: how far nested mappings are indented, whether sequences are
 * indented under their key and whether keys are kept sorted, so inserted text looks like the text
 * around it.
 */
export function detectRenderStyle(text: string, root: SourceNode | null): RenderStyle {
  const mappingSteps = new Map<number, number>();
  const sequenceSteps = new Map<number, number>();
  // Sorted mappings of three keys or more, and unsorted ones of two or more.
  const mappingOrders = { sorted: 0, unsorted: 0 };
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
        visit(value, depth + 1);
      }
    } else if (node.kind === 'sequence') {
      for (const item of node.items) visit(item, depth + 1);
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
  return {
    indentUnit,
    sequenceIndent,
    lineBreak: text.includes('\r\n') ? '\r\n' : '\n',
    ...(sortedKeys ? { sortedKeys } : {}),
  };
}
