/** One line of a diff: kept, removed from the old text, or added in the new one. */
export interface DiffLine {
  readonly change: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * The line diff between two texts (longest common subsequence), in reading order, removed lines
 * before the added lines that replace them.
 * @example lineDiff('a\nb\n', 'a\nc\n') // same a, removed b, added c
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const old = before.replace(/\n$/, '').split('\n');
  const next = after.replace(/\n$/, '').split('\n');
  // common[i][j]: length of the longest common subsequence of old[i..] and next[j..].
  const common = Array.from({ length: old.length + 1 }, () => new Array<number>(next.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i--)
    for (let j = next.length - 1; j >= 0; j--)
      common[i]![j] =
        old[i] === next[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    if (i < old.length && j < next.length && old[i] === next[j]) {
      lines.push({ change: 'same', text: old[i]! });
      i++;
      j++;
    } else if (j >= next.length || (i < old.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      lines.push({ change: 'removed', text: old[i]! });
      i++;
    } else {
      lines.push({ change: 'added', text: next[j]! });
      j++;
    }
  }
  return lines;
}
