import { describe, expect, it } from 'vitest';
import type { JsonObject } from './jsonValue';
import { getAtPath, removeAtPath, setAtPath, updateAtPath, withKey, withKeyBefore, withoutKey } from './valueAtPath';

describe('valueAtPath', () => {
  const root: JsonObject = {
    spec: { containers: [{ name: 'web' }, { name: 'api' }], volumes: [] },
    metadata: { name: 'demo' },
  };

  it('reads values, and undefined for any missing step', () => {
    expect(getAtPath(root, ['spec', 'containers', 1, 'name'])).toBe('api');
    expect(getAtPath(root, ['spec', 'containers', 2, 'name'])).toBeUndefined();
    expect(getAtPath(root, ['spec', 'containers', 'name'])).toBeUndefined();
    expect(getAtPath(root, ['toString'])).toBeUndefined();
  });

  it('sets a value, sharing every branch off the path', () => {
    const next = setAtPath(root, ['spec', 'containers', 0, 'image'], 'nginx') as JsonObject;
    expect(getAtPath(next, ['spec', 'containers', 0])).toEqual({ name: 'web', image: 'nginx' });
    expect(next.metadata).toBe(root.metadata);
    expect(getAtPath(next, ['spec', 'containers', 1])).toBe(getAtPath(root, ['spec', 'containers', 1]));
    expect(root).toEqual({
      spec: { containers: [{ name: 'web' }, { name: 'api' }], volumes: [] },
      metadata: { name: 'demo' },
    });
  });

  it('returns the root itself when nothing changes', () => {
    expect(setAtPath(root, ['metadata', 'name'], 'demo')).toBe(root);
    expect(updateAtPath(root, ['spec', 'nodeSelector'], () => undefined)).toBe(root);
  });

  it('creates missing mappings, removes keys and list items', () => {
    expect(setAtPath({}, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(removeAtPath(root, ['spec', 'containers', 0])).toEqual({
      spec: { containers: [{ name: 'api' }], volumes: [] },
      metadata: { name: 'demo' },
    });
    expect(removeAtPath(root, ['metadata'])).toEqual({ spec: root.spec });
  });

  it('refuses to leave a hole in a list', () => {
    expect(() => setAtPath(root, ['spec', 'containers', 5], {})).toThrow(RangeError);
  });

  it('keeps key order: existing keys stay, new keys go last or before a given key', () => {
    expect(Object.keys(withKey({ a: 1, b: 2 }, 'a', 3))).toEqual(['a', 'b']);
    expect(Object.keys(withKey({ a: 1, b: 2 }, 'c', 3))).toEqual(['a', 'b', 'c']);
    expect(Object.keys(withKeyBefore({ a: 1, containers: [] }, 'initContainers', [], 'containers'))).toEqual([
      'a',
      'initContainers',
      'containers',
    ]);
    expect(Object.keys(withKeyBefore({ a: 1 }, 'initContainers', [], 'containers'))).toEqual(['a', 'initContainers']);
    expect(Object.keys(withoutKey({ a: 1, b: 2 }, 'a'))).toEqual(['b']);
  });

  it('stores a key named __proto__ as data, never as the prototype', () => {
    const object = withKey({}, '__proto__', { polluted: true });
    expect(Object.keys(object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
