import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiProcMountRule } from './apiProcMount';

const typed = (yaml: string) =>
  findingsOf(yaml, apiProcMountRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/proc-mount', () => {
  it('reports unknown types and Unmasked outside a user namespace', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: app:1.0, securityContext: {procMount: Masked}}
  - {name: b, image: app:1.0, securityContext: {procMount: Unmasked}}
`;
    expect(typed(yaml)).toEqual([
      'api/proc-mount NotSupported @ spec.containers[0].securityContext.procMount',
      'api/proc-mount Invalid @ spec.containers[1].securityContext.procMount',
    ]);
  });

  it('accepts Unmasked with hostUsers: false, and Default', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostUsers: false
  containers:
  - {name: a, image: app:1.0, securityContext: {procMount: Unmasked}}
  - {name: b, image: app:1.0, securityContext: {procMount: Default}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
