import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { pssSelinuxRule } from './pssSelinux';

describe('pss/selinux', () => {
  it('reports foreign types and any custom user or role', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seLinuxOptions: {type: spc_t, level: "s0:c123,c456"}}
  initContainers:
  - {name: setup, image: busybox:1.36, securityContext: {seLinuxOptions: {user: system_u, role: system_r}}}
  containers:
  - {name: web, image: nginx:1.27, securityContext: {seLinuxOptions: {type: container_t}}}
`;
    expect(findingKeys(yaml, pssSelinuxRule)).toEqual([
      'pss/selinux @ spec.securityContext.seLinuxOptions.type',
      'pss/selinux @ spec.initContainers[0].securityContext.seLinuxOptions.user',
      'pss/selinux @ spec.initContainers[0].securityContext.seLinuxOptions.role',
    ]);
  });

  it('accepts the container types (container_engine_t included) and a level', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seLinuxOptions: {level: "s0:c1,c2", type: ""}}
  containers:
  - {name: a, image: nginx:1.27, securityContext: {seLinuxOptions: {type: container_init_t}}}
  - {name: b, image: nginx:1.27, securityContext: {seLinuxOptions: {type: container_kvm_t}}}
  - {name: c, image: nginx:1.27, securityContext: {seLinuxOptions: {type: container_engine_t}}}
`;
    expect(findingKeys(yaml, pssSelinuxRule)).toEqual([]);
  });
});
