import { deepEqual, field, type JsonValue } from '../model/jsonValue';

/**
 * One step of turning an old list into a new one: an item kept as is, an item changed in place,
 * an old item removed, or a new item inserted.
 */
export type AlignmentStep =
  | { readonly type: 'keep'; readonly oldIndex: number; readonly newIndex: number }
  | { readonly type: 'change'; readonly oldIndex: number; readonly newIndex: number }
  | { readonly type: 'remove'; readonly oldIndex: number }
  | { readonly type: 'insert'; readonly newIndex: number };

const same = (a: JsonValue | undefined, b: JsonValue | undefined): boolean => a === b || deepEqual(a, b);

/**
 * Aligns two lists: equal items are matched as a longest common subsequence; between matches,
 * items with the same `name` (containers, volumes, env vars) are paired as changes, then the rest
 * by position. Steps come in new-list order, removals before insertions at the same place.
 */
export function alignSequences(before: readonly JsonValue[], after: readonly JsonValue[]): AlignmentStep[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && same(before[prefix], after[prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    same(before[before.length - 1 - suffix], after[after.length - 1 - suffix])
  ) {
    suffix++;
  }
  const steps: AlignmentStep[] = [];
  for (let i = 0; i < prefix; i++) steps.push({ type: 'keep', oldIndex: i, newIndex: i });
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  const matches = longestCommonSubsequence(oldMiddle, newMiddle);
  let oldCursor = 0;
  let newCursor = 0;
  for (const [oldMatch, newMatch] of [...matches, [oldMiddle.length, newMiddle.length] as const]) {
    pairGap(oldMiddle, newMiddle, oldCursor, oldMatch, newCursor, newMatch, prefix, steps);
    if (oldMatch < oldMiddle.length)
      steps.push({ type: 'keep', oldIndex: prefix + oldMatch, newIndex: prefix + newMatch });
    oldCursor = oldMatch + 1;
    newCursor = newMatch + 1;
  }
  for (let i = 0; i < suffix; i++) {
    steps.push({ type: 'keep', oldIndex: before.length - suffix + i, newIndex: after.length - suffix + i });
  }
  return steps;
}

function longestCommonSubsequence(a: readonly JsonValue[], b: readonly JsonValue[]): [number, number][] {
  if (a.length === 0 || b.length === 0) return [];
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(a[i], b[j])
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function pairGap(
  oldItems: readonly JsonValue[],
  newItems: readonly JsonValue[],
  oldStart: number,
  oldEnd: number,
  newStart: number,
  newEnd: number,
  offset: number,
  steps: AlignmentStep[],
): void {
  // Pairs must not cross: an item changed in place keeps its place in the text.
  const pairs: [number, number][] = [];
  let oldFloor = oldStart;
  for (let j = newStart; j < newEnd; j++) {
    const name = field(newItems[j], 'name');
    if (name === undefined) continue;
    for (let i = oldFloor; i < oldEnd; i++) {
      if (field(oldItems[i], 'name') === name) {
        pairs.push([i, j]);
        oldFloor = i + 1;
        break;
      }
    }
  }
  const withPositional: [number, number][] = [];
  let oldCursor = oldStart;
  let newCursor = newStart;
  for (const [i, j] of [...pairs, [oldEnd, newEnd] as [number, number]]) {
    for (let k = 0; oldCursor + k < i && newCursor + k < j; k++) {
      const a = oldItems[oldCursor + k];
      const b = newItems[newCursor + k];
      const comparable =
        typeof a === typeof b && Array.isArray(a) === Array.isArray(b) && (a === null) === (b === null);
      if (!comparable) break;
      withPositional.push([oldCursor + k, newCursor + k]);
    }
    if (i < oldEnd) withPositional.push([i, j]);
    oldCursor = i + 1;
    newCursor = j + 1;
  }
  const oldPaired = new Set(withPositional.map(([i]) => i));
  for (let i = oldStart; i < oldEnd; i++) if (!oldPaired.has(i)) steps.push({ type: 'remove', oldIndex: offset + i });
  const oldByNew = new Map(withPositional.map(([i, j]) => [j, i]));
  for (let j = newStart; j < newEnd; j++) {
    const i = oldByNew.get(j);
    if (i === undefined) steps.push({ type: 'insert', newIndex: offset + j });
    else steps.push({ type: 'change', oldIndex: offset + i, newIndex: offset + j });
  }
}
