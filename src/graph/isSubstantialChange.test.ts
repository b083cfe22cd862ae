import { describe, expect, it } from 'vitest';
import { isSubstantialChange } from './isSubstantialChange';

describe('isSubstantialChange', () => {
  it('fits the first content and a different design', () => {
    expect(isSubstantialChange([], ['pod'])).toBe(true);
    expect(isSubstantialChange(['pod', 'container:a'], ['pod', 'container:x', 'container:y', 'volume:z'])).toBe(true);
  });

  it('leaves the view alone for small edits and an empty canvas', () => {
    expect(isSubstantialChange(['pod', 'container:a'], ['pod', 'container:a', 'container:b'])).toBe(false);
    expect(isSubstantialChange(['pod', 'container:a', 'container:b'], ['pod', 'container:a'])).toBe(false);
    expect(isSubstantialChange(['pod'], [])).toBe(false);
    expect(isSubstantialChange([], [])).toBe(false);
  });
});
