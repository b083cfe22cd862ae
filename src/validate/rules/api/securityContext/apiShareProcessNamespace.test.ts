import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiShareProcessNamespaceRule } from './apiShareProcessNamespace';

const pod = (fields: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
${fields}
  containers: [{name: app, image: app:1.0}]
`;

describe('api/share-process-namespace', () => {
  it('reports shareProcessNamespace with hostPID at the path the server prints', () => {
    const findings = findingsOf(pod('  shareProcessNamespace: true\n  hostPID: true'), apiShareProcessNamespaceRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/share-process-namespace Invalid @ spec.securityContext.shareProcessNamespace',
    ]);
    expect(findings[0]!.markerPath).toEqual(['spec', 'shareProcessNamespace']);
  });

  it('accepts either one alone', () => {
    expect(findingsOf(pod('  shareProcessNamespace: true'), apiShareProcessNamespaceRule)).toEqual([]);
    expect(findingsOf(pod('  hostPID: true\n  shareProcessNamespace: false'), apiShareProcessNamespaceRule)).toEqual(
      [],
    );
  });
});
