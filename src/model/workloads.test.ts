import { describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import {
  appendDocument,
  getObject,
  listObjects,
  listWorkloads,
  podMetadataOf,
  podSpecOf,
  podSpecPathOf,
  updateObject,
} from './workloads';

const podSpec = { containers: [{ name: 'web', image: 'nginx' }] };
const manifest: Manifest = [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' } },
  null,
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' } },
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'report' },
        spec: { jobTemplate: { spec: { template: { metadata: { labels: { app: 'r' } }, spec: podSpec } } } },
      },
    ],
  },
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: podSpec } } },
];

describe('workloads', () => {
  it('lists the objects of every document, expanding kind: List', () => {
    expect(listObjects(manifest).map((entry) => entry.ref)).toEqual([
      { documentIndex: 0, itemIndex: null },
      { documentIndex: 2, itemIndex: 0 },
      { documentIndex: 2, itemIndex: 1 },
      { documentIndex: 3, itemIndex: null },
    ]);
  });

  it('lists the workloads with their kind and name, in file order', () => {
    expect(listWorkloads(manifest).map(({ kind, name, ref }) => ({ kind, name, ref }))).toEqual([
      { kind: 'CronJob', name: 'report', ref: { documentIndex: 2, itemIndex: 1 } },
      { kind: 'Deployment', name: 'web', ref: { documentIndex: 3, itemIndex: null } },
    ]);
  });

  it('finds the pod spec and pod metadata of each kind', () => {
    const cronJob = getObject(manifest, { documentIndex: 2, itemIndex: 1 })!;
    expect(podSpecOf(cronJob)).toBe(podSpec);
    expect(podMetadataOf(cronJob)).toEqual({ labels: { app: 'r' } });
    expect(podSpecPathOf(manifest, { documentIndex: 2, itemIndex: 1 })).toEqual([
      2,
      'items',
      1,
      'spec',
      'jobTemplate',
      'spec',
      'template',
      'spec',
    ]);
    expect(podSpecOf({ kind: 'Service' })).toEqual({});
  });

  it('updates one object and shares the other documents', () => {
    const next = updateObject(manifest, { documentIndex: 3, itemIndex: null }, (object) => ({
      ...object,
      metadata: { name: 'site' },
    }));
    expect(getObject(next, { documentIndex: 3, itemIndex: null })?.metadata).toEqual({ name: 'site' });
    expect(next[2]).toBe(manifest[2]);
    expect(appendDocument(manifest, { kind: 'Service' })).toHaveLength(5);
  });
});
