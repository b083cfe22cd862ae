import type { PatchSession } from './patchSession';

/**
 * Removes and inserts the items of a flow collection (`[a, b]`, `{a: 1}`) without touching the
 * others: a removed item goes with its comma, a new item is written after the kept item before
 * it (or before the first kept item), separated by `, `.
 */
export function editFlowItems(
  session: PatchSession,
  items: readonly { start: number; end: number }[],
  removed: ReadonlySet<number>,
  layout: readonly ({ existing: number } | { text: string })[],
): void {
  let index = 0;
  while (index < items.length) {
    if (!removed.has(index)) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < items.length && removed.has(last + 1)) last++;
    if (last + 1 < items.length)
      session.edits.push({ start: items[index]!.start, end: items[last + 1]!.start, text: '' });
    else if (index > 0) session.edits.push({ start: items[index - 1]!.end, end: items[last]!.end, text: '' });
    index = last + 1;
  }
  let previous: number | null = null;
  let pending: string[] = [];
  const flush = (next: number | null): void => {
    if (pending.length === 0) return;
    if (previous !== null)
      session.edits.push({
        start: items[previous]!.end,
        end: items[previous]!.end,
        text: pending.map((text) => `, ${text}`).join(''),
      });
    else if (next !== null)
      session.edits.push({
        start: items[next]!.start,
        end: items[next]!.start,
        text: pending.map((text) => `${text}, `).join(''),
      });
    pending = [];
  };
  for (const item of layout) {
    if ('existing' in item) {
      flush(item.existing);
      previous = item.existing;
    } else {
      pending.push(item.text);
    }
  }
  flush(null);
}
