import { describe, expect, it } from 'vitest';
import { createIdentityCache, sameValue } from './sameValue';

describe('sameValue', () => {
  it('compares plain data by value, identical branches at once', () => {
    const shared = { deep: [1, 2, { three: 3 }] };
    expect(sameValue({ a: shared, b: 'x' }, { a: shared, b: 'x' })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(false);
  });
});

describe('createIdentityCache', () => {
  it('keeps the previous object while the new one is the same value, in any field, even one added later', () => {
    const cache = createIdentityCache<Record<string, unknown>>();
    const first = cache.keep('a', { data: { name: 'web', color: 'blue' } });
    cache.sweep();
    expect(cache.keep('a', { data: { name: 'web', color: 'blue' } })).toBe(first);
    cache.sweep();
    const changed = cache.keep('a', { data: { name: 'web', color: 'red' } });
    expect(changed).not.toBe(first);
    cache.sweep();
    expect(cache.keep('a', { data: { name: 'web', color: 'red', newField: 1 } })).not.toBe(changed);
  });

  it('forgets what a pass did not keep', () => {
    const cache = createIdentityCache<{ value: number }>();
    const first = cache.keep('a', { value: 1 });
    cache.sweep();
    cache.sweep();
    expect(cache.keep('a', { value: 1 })).not.toBe(first);
  });
});
