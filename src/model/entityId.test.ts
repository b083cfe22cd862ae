import { describe, expect, it } from 'vitest';
import {
  claimEntityId,
  containerEntityId,
  mountEntityId,
  parseEntityId,
  POD_ENTITY_ID,
  probeEntityId,
  referenceEntityId,
  volumeEntityId,
} from './entityId';

describe('entity ids', () => {
  it('name the first thing of a name plainly, and later ones by their occurrence', () => {
    expect(containerEntityId('web')).toBe('container:web');
    expect(containerEntityId('web', 2)).toBe('container#2:web');
    expect(volumeEntityId('cache', 3)).toBe('volume#3:cache');
    expect(mountEntityId('web', 0, 2)).toBe('mount#2:web:0');
    expect(probeEntityId('web', 'livenessProbe', 2)).toBe('probe#2:web:livenessProbe');
    expect(claimEntityId('data')).toBe('claim:data');
  });

  it('parse back to what they were made from, whatever the names hold', () => {
    const names = ['web', '', 'a:b', 'x#2', 'container#2:web'];
    for (const name of names)
      for (const occurrence of [1, 2, 7]) {
        expect(parseEntityId(containerEntityId(name, occurrence))).toEqual({ type: 'container', name, occurrence });
        expect(parseEntityId(volumeEntityId(name, occurrence))).toEqual({ type: 'volume', name, occurrence });
        expect(parseEntityId(claimEntityId(name, occurrence))).toEqual({ type: 'claim', name, occurrence });
        expect(parseEntityId(mountEntityId(name, 4, occurrence))).toEqual({
          type: 'mount',
          container: name,
          occurrence,
          index: 4,
        });
        expect(parseEntityId(probeEntityId(name, 'startupProbe', occurrence))).toEqual({
          type: 'probe',
          container: name,
          occurrence,
          probe: 'startupProbe',
        });
      }
    expect(parseEntityId(POD_ENTITY_ID)).toEqual({ type: 'pod' });
    expect(parseEntityId(referenceEntityId('Secret', 'a:b'))).toEqual({
      type: 'reference',
      kind: 'Secret',
      name: 'a:b',
    });
  });

  it('are unique: different names or occurrences never give the same id', () => {
    const names = ['web', 'web#2', '', ':', 'a:b', 'a'];
    const ids = names.flatMap((name) => [1, 2, 3].map((occurrence) => containerEntityId(name, occurrence)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reject what no id maker writes', () => {
    expect(parseEntityId('container#0:web')).toBeNull();
    expect(parseEntityId('container#x:web')).toBeNull();
    expect(parseEntityId('nothing')).toBeNull();
    expect(parseEntityId('lane:init')).toBeNull();
  });
});
