import { describe, expect, it } from 'vitest';
import { listClaimTemplates } from './claimTemplates';
import { entityAtPath, entityPath } from './entityPaths';
import type { JsonObject } from './jsonValue';

const STATEFUL_SET: JsonObject = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db' },
  spec: {
    template: { spec: { containers: [{ name: 'pg', image: 'postgres:17' }] } },
    volumeClaimTemplates: [
      { metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } },
      'not an object',
      { metadata: { name: 'data' } },
    ],
  },
};

describe('listClaimTemplates', () => {
  it("lists a StatefulSet's claim templates with their index and name occurrence", () => {
    expect(listClaimTemplates(STATEFUL_SET).map(({ index, name, occurrence }) => [index, name, occurrence])).toEqual([
      [0, 'data', 1],
      [2, 'data', 2],
    ]);
  });

  it('finds none in other kinds', () => {
    expect(listClaimTemplates({ ...STATEFUL_SET, kind: 'Deployment' })).toEqual([]);
  });

  it('maps a claim template to its path and back', () => {
    expect(entityPath(STATEFUL_SET, 'claim#2:data')).toEqual(['spec', 'volumeClaimTemplates', 2]);
    expect(entityAtPath(STATEFUL_SET, ['spec', 'volumeClaimTemplates', 0, 'spec', 'resources'])).toBe('claim:data');
    expect(entityAtPath(STATEFUL_SET, ['spec', 'volumeClaimTemplates', 2])).toBe('claim#2:data');
  });
});
