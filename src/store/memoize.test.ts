import { describe, expect, it } from 'vitest';
import { memoizeByObject } from './memoize';

describe('memoizeByObject', () => {
  it('computes once per object and other arguments, for each object apart', () => {
    let runs = 0;
    const lengthPlus = memoizeByObject((list: readonly number[], extra: number) => {
      runs++;
      return list.length + extra;
    });
    const first = [1, 2];
    const second = [1, 2, 3];
    expect(lengthPlus(first, 1)).toBe(3);
    expect(lengthPlus(second, 1)).toBe(4);
    // Alternating between two objects (two stores) re-uses both entries.
    expect(lengthPlus(first, 1)).toBe(3);
    expect(lengthPlus(second, 1)).toBe(4);
    expect(runs).toBe(2);
    expect(lengthPlus(first, 2)).toBe(4);
    expect(runs).toBe(3);
  });
});
