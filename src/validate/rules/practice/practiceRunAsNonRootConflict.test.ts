import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceRunAsNonRootConflictRule } from './practiceRunAsNonRootConflict';

describe('practice/run-as-non-root-conflict', () => {
  it('reports runAsNonRoot: true with runAsUser: 0, where the user is set', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 0}
  initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
  containers:
  - {name: a, image: nginx:1.27}
  - {name: b, image: nginx:1.27, securityContext: {runAsUser: 1000}}
  - {name: c, image: nginx:1.27, securityContext: {runAsNonRoot: false}}
`;
    expect(findingKeys(yaml, practiceRunAsNonRootConflictRule)).toEqual([
      'practice/run-as-non-root-conflict @ spec.securityContext.runAsUser',
    ]);
    expect(findingsOf(yaml, practiceRunAsNonRootConflictRule)[0]!.message).toContain('sidecar "proxy", container "a"');
  });

  it('reports the container field that causes it', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true}
  containers: [{name: a, image: nginx:1.27, securityContext: {runAsUser: 0}}]
`;
    expect(findingKeys(yaml, practiceRunAsNonRootConflictRule)).toEqual([
      'practice/run-as-non-root-conflict @ spec.containers[0].securityContext.runAsUser',
    ]);
    expect(findingsOf(yaml, practiceRunAsNonRootConflictRule)[0]!.severity).toBe('error');
  });

  it('accepts consistent settings', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 101}
  containers: [{name: a, image: nginx:1.27}, {name: b, image: busybox:1.36, securityContext: {runAsUser: 0, runAsNonRoot: false}}]
`;
    expect(findingKeys(yaml, practiceRunAsNonRootConflictRule)).toEqual([]);
  });
});
