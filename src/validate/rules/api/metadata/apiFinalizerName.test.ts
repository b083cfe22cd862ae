import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiFinalizerNameRule } from './apiFinalizerName';

const configMap = (finalizers: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, finalizers: ${finalizers}}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiFinalizerNameRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/finalizer-name', () => {
  it('reports names that are not qualified (no index), unqualified non-standard names (with index), and orphan with foregroundDeletion', () => {
    expect(summary(configMap('["bad name", cleanup, orphan, foregroundDeletion]'))).toEqual([
      'Invalid metadata.finalizers',
      'Invalid metadata.finalizers[0]',
      'Invalid metadata.finalizers[1]',
      'Invalid metadata.finalizers',
    ]);
  });

  it('accepts domain-qualified and standard finalizers', () => {
    expect(summary(configMap('[example.com/cleanup, kubernetes, orphan]'))).toEqual([]);
  });
});
