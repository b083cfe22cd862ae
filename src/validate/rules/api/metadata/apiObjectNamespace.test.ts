import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiObjectNamespaceRule } from './apiObjectNamespace';

const configMap = (namespace: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ${namespace}}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiObjectNamespaceRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/object-namespace', () => {
  it('reports a namespace that is not a DNS label', () => {
    expect(summary(configMap('team.a'))).toEqual(['Invalid metadata.namespace']);
    expect(summary(configMap('Team'))).toEqual(['Invalid metadata.namespace']);
  });

  it('accepts DNS labels and an unset namespace', () => {
    expect(summary(configMap('team-a'))).toEqual([]);
    expect(summary(configMap('""'))).toEqual([]);
  });
});
