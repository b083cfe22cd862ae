import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiSeccompProfileRule } from './apiSeccompProfile';

const typed = (yaml: string) =>
  findingsOf(yaml, apiSeccompProfileRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/seccomp-profile', () => {
  it('reports missing and unknown types, and localhost profiles that are missing, absolute or misplaced', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seccompProfile: {}}
  containers:
  - {name: a, image: app:1.0, securityContext: {seccompProfile: {type: Default}}}
  - {name: b, image: app:1.0, securityContext: {seccompProfile: {type: Localhost}}}
  - {name: c, image: app:1.0, securityContext: {seccompProfile: {type: Localhost, localhostProfile: /etc/seccomp/p.json}}}
  - {name: d, image: app:1.0, securityContext: {seccompProfile: {type: RuntimeDefault, localhostProfile: p.json}}}
`;
    expect(typed(yaml)).toEqual([
      'api/seccomp-profile Required @ spec.securityContext.seccompProfile.type',
      'api/seccomp-profile NotSupported @ spec.containers[0].securityContext.seccompProfile.type',
      'api/seccomp-profile Required @ spec.containers[1].securityContext.seccompProfile.localhostProfile',
      'api/seccomp-profile Invalid @ spec.containers[2].securityContext.seccompProfile.localhostProfile',
      'api/seccomp-profile Invalid @ spec.containers[3].securityContext.seccompProfile.localhostProfile',
    ]);
  });

  it('accepts RuntimeDefault and relative localhost profiles', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seccompProfile: {type: RuntimeDefault}}
  containers:
  - {name: a, image: app:1.0, securityContext: {seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
