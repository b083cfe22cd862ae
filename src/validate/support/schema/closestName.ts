/**
 * The known name closest to a misspelt one, for "did you mean …?": the same name written in
 * another case or with `_`/`-` (`image_pull_policy`, `readinessprobe`), or one within a few typing
 * errors (a missing, extra, wrong or swapped letter: `imagePullPolcy`, `livenesProbe`).
 * @example closestName('imagePullPolcy', ['image', 'imagePullPolicy']) === 'imagePullPolicy'
 * @example closestName('color', ['image', 'name']) === undefined
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const normalized = normalize(name);
  const lower = name.toLowerCase();
  const budget = typoBudget(name);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (normalize(candidate) === normalized) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), budget);
    if (distance <= budget && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many typing errors a name of this length may contain and still be recognised. */
function typoBudget(name: string): number {
  if (name.length <= 2) return 0;
  if (name.length <= 5) return 1;
  if (name.length <= 10) return 2;
  return 3;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
 * giving up early once every alignment costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
