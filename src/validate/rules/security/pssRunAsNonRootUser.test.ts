import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { pssRunAsNonRootUserRule } from './pssRunAsNonRootUser';

describe('pss/run-as-non-root-user', () => {
  it('reports runAsUser: 0 at pod and container level', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: 0}
  initContainers: [{name: setup, image: busybox:1.36, securityContext: {runAsUser: 0}}]
  containers: [{name: a, image: nginx:1.27, securityContext: {runAsUser: 101}}]
`;
    expect(findingKeys(yaml, pssRunAsNonRootUserRule)).toEqual([
      'pss/run-as-non-root-user @ spec.securityContext.runAsUser',
      'pss/run-as-non-root-user @ spec.initContainers[0].securityContext.runAsUser',
    ]);
  });

  it('accepts non-zero and unset users', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsUser: 1000}
  containers: [{name: a, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, pssRunAsNonRootUserRule)).toEqual([]);
  });
});
