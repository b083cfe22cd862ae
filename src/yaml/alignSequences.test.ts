import { describe, expect, it } from 'vitest';
import { alignSequences } from './alignSequences';

const named = (...names: string[]) => names.map((name) => ({ name, image: `${name}:1` }));

describe('alignSequences', () => {
  it('keeps equal items and marks an inserted one', () => {
    expect(alignSequences(named('a', 'b'), named('a', 'x', 'b'))).toEqual([
      { type: 'keep', oldIndex: 0, newIndex: 0 },
      { type: 'insert', newIndex: 1 },
      { type: 'keep', oldIndex: 1, newIndex: 2 },
    ]);
  });

  it('marks a removed item, leaving its neighbours kept', () => {
    expect(alignSequences(named('a', 'b', 'c'), named('a', 'c'))).toEqual([
      { type: 'keep', oldIndex: 0, newIndex: 0 },
      { type: 'remove', oldIndex: 1 },
      { type: 'keep', oldIndex: 2, newIndex: 1 },
    ]);
  });

  it('pairs a changed item by name, and a renamed one by position, so both are edited in place', () => {
    const before = named('a', 'b');
    expect(alignSequences(before, [before[0]!, { name: 'b', image: 'b:2' }])).toContainEqual({
      type: 'change',
      oldIndex: 1,
      newIndex: 1,
    });
    expect(alignSequences(before, [{ name: 'renamed', image: 'a:1' }, before[1]!])).toEqual([
      { type: 'change', oldIndex: 0, newIndex: 0 },
      { type: 'keep', oldIndex: 1, newIndex: 1 },
    ]);
  });

  it('turns a reordering into a removal and an insertion, so the moved item keeps its text', () => {
    const before = named('a', 'b', 'c');
    const steps = alignSequences(before, [before[2]!, before[0]!, before[1]!]);
    expect(steps.filter((step) => step.type === 'keep')).toHaveLength(2);
    expect(steps).toContainEqual({ type: 'remove', oldIndex: 2 });
    expect(steps).toContainEqual({ type: 'insert', newIndex: 0 });
  });
});
