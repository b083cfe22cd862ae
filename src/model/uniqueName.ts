/**
 * A name not in `taken`, derived from `base`: `base`, then `base-2`, `base-3` ...
 * @example uniqueName('container', ['container']) === 'container-2'
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
