import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiObjectNameRule } from './apiObjectName';

const summary = (yaml: string) =>
  findingsOf(yaml, apiObjectNameRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);
const pod = (metadata: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: ${metadata}\nspec:\n  containers: [{name: a, image: nginx}]\n`;

describe('api/object-name', () => {
  it('reports a missing name, a name that is not a subdomain, and a bad generateName', () => {
    expect(summary(pod('{labels: {app: a}}'))).toEqual(['Required metadata.name']);
    expect(summary(pod('{name: My_Pod}'))).toEqual(['Invalid metadata.name']);
    expect(summary(pod('{generateName: Web-}'))).toEqual(['Invalid metadata.generateName']);
    expect(summary('apiVersion: v1\nkind: Service\nmetadata: {name: 1-web}\nspec: {ports: [{port: 80}]}\n')).toEqual([
      'Invalid metadata.name',
    ]);
  });

  it('offers to lowercase a workload name', () => {
    expect(findingsOf(pod('{name: Web}'), apiObjectNameRule)[0]?.fix?.label).toBe('Rename to "web"');
  });

  it('accepts subdomain names (dots included, leading digit too), generateName alone, and unknown kinds', () => {
    expect(summary(pod('{name: 1.web-v2}'))).toEqual([]);
    expect(summary(pod('{generateName: web-}'))).toEqual([]);
    expect(summary('apiVersion: example.com/v1\nkind: Widget\nmetadata: {}\n')).toEqual([]);
  });
});
