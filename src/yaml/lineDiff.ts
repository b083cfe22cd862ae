/** One line of a diff: kept for context, removed from the old text, or added in the new one. */
export interface DiffLine {
  readonly kind: 'context' | 'removed' | 'added';
  /** 1-based line number in the old text (context, removed) or the new text (added). */
  readonly line: number;
  readonly text: string;
}

/**
 * The lines that change between two texts, with `context` unchanged lines around each change,
 * as a reviewer reads a patch. Lines common to both ends are skipped first, so the quadratic
 * alignment only sees the changed middle (a fix changes a few lines).
 * @example lineDiff('a\nb\nc', 'a\nB\nc', 0) // [{ kind: 'removed', line: 2, text: 'b' }, { kind: 'added', line: 2, text: 'B' }]
 */
export function lineDiff(before: string, after: string, context = 1): DiffLine[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix &&
    suffix < newLines.length - prefix &&
    oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  )
    suffix++;
  const oldMiddle = oldLines.slice(prefix, oldLines.length - suffix);
  const newMiddle = newLines.slice(prefix, newLines.length - suffix);
  const all: DiffLine[] = [];
  for (let i = 0; i < prefix; i++) all.push({ kind: 'context', line: i + 1, text: oldLines[i]! });
  all.push(...alignMiddle(oldMiddle, newMiddle, prefix));
  for (let i = oldLines.length - suffix; i < oldLines.length; i++)
    all.push({ kind: 'context', line: i + 1, text: oldLines[i]! });
  return all.filter((entry, index) => entry.kind !== 'context' || nearChange(all, index, context));
}

/** Longest-common-subsequence alignment of the changed middle part. */
function alignMiddle(oldLines: readonly string[], newLines: readonly string[], offset: number): DiffLine[] {
  const rows = oldLines.length;
  const columns = newLines.length;
  const common: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i]![j] =
        oldLines[i] === newLines[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && oldLines[i] === newLines[j]) {
      result.push({ kind: 'context', line: offset + i + 1, text: oldLines[i]! });
      i++;
      j++;
    } else if (i < rows && (j === columns || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      result.push({ kind: 'removed', line: offset + i + 1, text: oldLines[i]! });
      i++;
    } else {
      result.push({ kind: 'added', line: offset + j + 1, text: newLines[j]! });
      j++;
    }
  }
  return result;
}

function nearChange(lines: readonly DiffLine[], index: number, context: number): boolean {
  for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) {
    if (lines[k]!.kind !== 'context') return true;
  }
  return false;
}
