/**
 * Whether the canvas content changed enough to fit the view again: the first content, or a
 * different design (a file opened, a template loaded, such a step undone), where fewer than half
 * of the entities on screen now were there before. Adding or removing a node is not.
 * @example isSubstantialChange(['pod', 'container:a'], ['pod', 'container:a', 'container:b']) === false
 */
export function isSubstantialChange(previousIds: readonly string[], nextIds: readonly string[]): boolean {
  if (previousIds.length === 0) return nextIds.length > 0;
  if (nextIds.length === 0) return false;
  const before = new Set(previousIds);
  const kept = nextIds.filter((id) => before.has(id)).length;
  return kept * 2 < nextIds.length;
}
