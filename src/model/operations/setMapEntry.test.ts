import { describe, expect, it } from 'vitest';
import { setMapEntry, setMapEntryAtPath } from './setMapEntry';

describe('setMapEntry', () => {
  const labels = { app: 'web', tier: 'front' };

  it('adds, changes and removes an entry', () => {
    expect(setMapEntry(labels, { from: null, to: 'team', value: 'a' })).toEqual({
      app: 'web',
      tier: 'front',
      team: 'a',
    });
    expect(setMapEntry(labels, { from: 'app', to: 'app', value: 'shop' })).toEqual({ app: 'shop', tier: 'front' });
    expect(setMapEntry(labels, { from: 'app', to: null, value: '' })).toEqual({ tier: 'front' });
  });

  it('renames an entry in place', () => {
    expect(Object.keys(setMapEntry(labels, { from: 'app', to: 'name', value: 'web' })!)).toEqual(['name', 'tier']);
  });

  it('returns undefined when the map empties, and the same map when nothing changes', () => {
    expect(setMapEntry({ app: 'web' }, { from: 'app', to: null, value: '' })).toBeUndefined();
    expect(setMapEntry(labels, { from: 'app', to: 'app', value: 'web' })).toBe(labels);
    expect(setMapEntry(undefined, { from: null, to: 'a', value: 'b' })).toEqual({ a: 'b' });
  });

  it('edits a map inside an object, removing the key when it empties', () => {
    const object = { metadata: { name: 'x', annotations: { a: '1' } } };
    expect(setMapEntryAtPath(object, ['metadata', 'annotations'], { from: 'a', to: null, value: '' })).toEqual({
      metadata: { name: 'x' },
    });
  });
});
