import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPrivilegeEscalationRule } from './apiPrivilegeEscalation';

const typed = (yaml: string) =>
  findingsOf(yaml, apiPrivilegeEscalationRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/privilege-escalation', () => {
  it('reports allowPrivilegeEscalation: false with privileged or CAP_SYS_ADMIN, at the security context', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: setup, image: busybox:1.36, securityContext: {allowPrivilegeEscalation: false, privileged: true}}
  containers:
  - {name: app, image: app:1.0, securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [NET_ADMIN, CAP_SYS_ADMIN]}}}
`;
    expect(typed(yaml)).toEqual([
      'api/privilege-escalation Invalid @ spec.initContainers[0].securityContext',
      'api/privilege-escalation Invalid @ spec.containers[0].securityContext',
    ]);
  });

  it('accepts plain SYS_ADMIN (the server compares the literal CAP_SYS_ADMIN) and privileged without the promise', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: app:1.0, securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [SYS_ADMIN]}}}
  - {name: b, image: app:1.0, securityContext: {privileged: true}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
