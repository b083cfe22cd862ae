import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { pssProcMountRule } from './pssProcMount';

describe('pss/proc-mount', () => {
  it('reports an Unmasked /proc', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostUsers: false
  containers:
  - {name: a, image: nginx:1.27, securityContext: {procMount: Unmasked}}
  - {name: b, image: nginx:1.27, securityContext: {procMount: Default}}
`;
    expect(findingKeys(yaml, pssProcMountRule)).toEqual([
      'pss/proc-mount @ spec.containers[0].securityContext.procMount',
    ]);
  });

  it('accepts no procMount', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, pssProcMountRule)).toEqual([]);
  });
});
