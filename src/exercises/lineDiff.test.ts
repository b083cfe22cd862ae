import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('lineDiff', () => {
  it('keeps common lines and marks what changed', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\ny\n')).toEqual([
      { change: 'same', text: 'a' },
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'x' },
      { change: 'same', text: 'c' },
      { change: 'added', text: 'y' },
    ]);
  });

  it('of equal texts is all kept lines', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n').every((line) => line.change === 'same')).toBe(true);
  });
});
