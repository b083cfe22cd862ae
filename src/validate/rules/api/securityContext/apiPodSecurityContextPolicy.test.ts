import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodSecurityContextPolicyRule } from './apiPodSecurityContextPolicy';

describe('api/pod-security-context-policy', () => {
  it('reports unknown policy values, with a fix for letter case', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {fsGroupChangePolicy: onRootMismatch, supplementalGroupsPolicy: Union, seLinuxChangePolicy: Mount}
  containers: [{name: app, image: app:1.0}]
`;
    const findings = findingsOf(yaml, apiPodSecurityContextPolicyRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/pod-security-context-policy NotSupported @ spec.securityContext.fsGroupChangePolicy',
      'api/pod-security-context-policy NotSupported @ spec.securityContext.supplementalGroupsPolicy',
      'api/pod-security-context-policy NotSupported @ spec.securityContext.seLinuxChangePolicy',
    ]);
    expect(findings.map((f) => f.fix?.label)).toEqual([
      'Set fsGroupChangePolicy to OnRootMismatch',
      undefined,
      undefined,
    ]);
  });

  it('accepts the known values', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {fsGroupChangePolicy: OnRootMismatch, supplementalGroupsPolicy: Strict, seLinuxChangePolicy: MountOption}
  containers: [{name: app, image: app:1.0}]
`;
    expect(findingsOf(yaml, apiPodSecurityContextPolicyRule)).toEqual([]);
  });
});
