import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiHostNamespacesUserNamespaceRule } from './apiHostNamespacesUserNamespace';

describe('api/host-namespaces-user-namespace', () => {
  it('reports node namespaces with hostUsers: false, at the capitalised paths the server prints', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostUsers: false
  hostNetwork: true
  hostPID: true
  hostIPC: true
  containers: [{name: app, image: app:1.0}]
`;
    const findings = findingsOf(yaml, apiHostNamespacesUserNamespaceRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/host-namespaces-user-namespace Forbidden @ spec.hostNetwork',
      'api/host-namespaces-user-namespace Forbidden @ spec.HostPID',
      'api/host-namespaces-user-namespace Forbidden @ spec.HostIPC',
    ]);
    expect(findings[1]!.markerPath).toEqual(['spec', 'hostPID']);
  });

  it("accepts node namespaces when the pod uses the node's users", () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  hostPID: true
  containers: [{name: app, image: app:1.0}]
`;
    expect(findingsOf(yaml, apiHostNamespacesUserNamespaceRule)).toEqual([]);
  });
});
