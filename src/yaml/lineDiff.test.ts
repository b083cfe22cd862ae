import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('lineDiff', () => {
  it('shows a changed line with one line of context on each side', () => {
    expect(lineDiff('a\nb\nc\nd\ne', 'a\nb\nC\nd\ne')).toEqual([
      { kind: 'context', line: 2, text: 'b' },
      { kind: 'removed', line: 3, text: 'c' },
      { kind: 'added', line: 3, text: 'C' },
      { kind: 'context', line: 4, text: 'd' },
    ]);
  });

  it('shows added lines at their line numbers in the new text, and removed ones in the old', () => {
    expect(lineDiff('a\nb', 'a\nb\n---\nkind: X', 0)).toEqual([
      { kind: 'added', line: 3, text: '---' },
      { kind: 'added', line: 4, text: 'kind: X' },
    ]);
    expect(lineDiff('a\nx\nb\ny\nc', 'a\nb\nc', 0)).toEqual([
      { kind: 'removed', line: 2, text: 'x' },
      { kind: 'removed', line: 4, text: 'y' },
    ]);
  });

  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb', 'a\nb')).toEqual([]);
  });
});
