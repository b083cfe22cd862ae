import { describe, expect, it } from 'vitest';
import { deepEqual, field, shareStructure, type JsonObject } from './jsonValue';

describe('jsonValue', () => {
  it('compares values structurally, ignoring key order', () => {
    expect(deepEqual({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: [] }, { a: {} })).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  it('reads own fields only', () => {
    expect(field({ a: 1 }, 'a')).toBe(1);
    expect(field({ a: 1 }, 'constructor')).toBeUndefined();
    expect(field([1], 'length')).toBeUndefined();
  });

  it('shares every unchanged subtree with the previous value', () => {
    const previous: JsonObject = {
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'web' }, { name: 'api' }] },
    };
    const next: JsonObject = {
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'web', image: 'nginx' }, { name: 'api' }] },
    };
    const shared = shareStructure(previous, next);
    expect(shared).toEqual(next);
    expect(shared.metadata).toBe(previous.metadata);
    expect((shared.spec as { containers: unknown[] }).containers[1]).toBe(
      (previous.spec as { containers: unknown[] }).containers[1],
    );
    expect(shareStructure(previous, { ...previous })).toBe(previous);
  });

  it('keeps the order of the new keys, and a "__proto__" key as data, not as the prototype', () => {
    const reordered = shareStructure({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 });
    expect(Object.keys(reordered)).toEqual(['b', 'a']);
    const withProtoKey = shareStructure({ b: 1 }, JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as JsonObject);
    expect(Object.getPrototypeOf(withProtoKey)).toBe(Object.prototype);
    expect(Object.keys(withProtoKey)).toEqual(['__proto__', 'b']);
  });
});
