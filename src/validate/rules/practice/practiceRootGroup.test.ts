import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceRootGroupRule } from './practiceRootGroup';

describe('practice/root-group', () => {
  it('reports group 0 on a container, and once on the pod for the containers that inherit it', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsGroup: 0}
  containers:
  - {name: a, image: nginx:1.27}
  - {name: b, image: nginx:1.27, securityContext: {runAsGroup: 0}}
  - {name: c, image: nginx:1.27, securityContext: {runAsGroup: 1000}}
`;
    expect(findingKeys(yaml, practiceRootGroupRule)).toEqual([
      'practice/root-group @ spec.containers[1].securityContext.runAsGroup',
      'practice/root-group @ spec.securityContext.runAsGroup',
    ]);
  });

  it('accepts other groups and an overridden pod default', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsGroup: 0}
  containers: [{name: a, image: nginx:1.27, securityContext: {runAsGroup: 3000}}]
`;
    expect(findingKeys(yaml, practiceRootGroupRule)).toEqual([]);
  });
});
