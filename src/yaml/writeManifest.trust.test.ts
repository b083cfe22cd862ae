import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import { setAtPath } from '../model/valueAtPath';
import { listWorkloads, updateObject } from '../model/workloads';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { writeManifest, type WriteResult } from './writeManifest';

/*
 * Edits of real-style manifests keep what the author wrote: comments outside the edited item,
 * the file's own key order and list indentation.
 */

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.manifest;
}

function edited(text: string, edit: (workload: JsonObject) => JsonObject): WriteResult {
  const manifest = parsed(text);
  const ref = listWorkloads(manifest.documents)[0]!.ref;
  return writeManifest(manifest, updateObject(manifest.documents, ref, edit));
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const CASSANDRA_ENV = lines(
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: cassandra',
  'spec:',
  '  serviceName: cassandra',
  '  selector:',
  '    matchLabels:',
  '      app: cassandra',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: cassandra',
  '    spec:',
  '      containers:',
  '      - name: cassandra',
  '        image: gcr.io/example/cassandra:v13',
  '        env:',
  '          - name: MAX_HEAP_SIZE',
  '            value: 512M',
  '          # - name: HEAP_NEWSIZE',
  '          #   value: 100M',
  '          # commented out on purpose:',
  '          #   the seed provider sets it',
  '          - name: CASSANDRA_SEEDS # the first pod',
  '            value: "cassandra-0.cassandra.default.svc.cluster.local"',
  '            # inside the removed item',
  '          - name: CASSANDRA_CLUSTER_NAME',
  '            value: K8Demo',
);

describe('writing edits of real-style manifests', () => {
  it('removes an env var without the commented-out lines above it (only its own lines go)', () => {
    const result = edited(CASSANDRA_ENV, (workload) => {
      const env = (workload as { spec: { template: { spec: { containers: { env: unknown[] }[] } } } }).spec.template
        .spec.containers[0]!.env;
      return setAtPath(workload, ['spec', 'template', 'spec', 'containers', 0, 'env'], [
        env[0],
        env[2],
      ] as JsonObject[]) as JsonObject;
    });
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      CASSANDRA_ENV.replace(
        [
          '          - name: CASSANDRA_SEEDS # the first pod',
          '            value: "cassandra-0.cassandra.default.svc.cluster.local"',
          '            # inside the removed item',
          '',
        ].join('\n'),
        '',
      ),
    );
    expect(result.manifest.text).toContain('          # - name: HEAP_NEWSIZE\n          #   value: 100M\n');
  });
});
