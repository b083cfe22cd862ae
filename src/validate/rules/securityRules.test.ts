import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing/findingsOf';
import { securityRules } from './securityRules';
import { BASELINE_CONTROLS, RESTRICTED_CONTROLS } from '../support/podSecurity/pssControls';

describe('security rules', () => {
  it('have pss/ ids, the security family, and Baseline = warning, Restricted = info', () => {
    const ids = securityRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of securityRules) {
      expect(rule.id).toMatch(/^pss\/[a-z-]+$/);
      expect(rule.family).toBe('security');
      expect(rule.docsUrl).toMatch(
        /^https:\/\/kubernetes\.io\/docs\/concepts\/security\/pod-security-standards\/#(baseline|restricted)$/,
      );
      expect(rule.severity).toBe(rule.docsUrl.endsWith('#baseline') ? 'warning' : 'info');
    }
  });

  it('cover every control of both levels, each finding naming its control', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata:
  name: everything-wrong
  annotations: {container.apparmor.security.beta.kubernetes.io/a: unconfined}
spec:
  hostNetwork: true
  securityContext:
    runAsUser: 0
    seLinuxOptions: {type: spc_t}
    sysctls: [{name: kernel.msgmax, value: "1"}]
    windowsOptions: {hostProcess: true}
  containers:
  - name: a
    image: nginx:1.27
    ports: [{containerPort: 80, hostPort: 80}]
    readinessProbe: {httpGet: {port: 80, host: example.com}}
    securityContext:
      privileged: true
      procMount: Unmasked
      capabilities: {add: [SYS_ADMIN, CHOWN]}
      seccompProfile: {type: Unconfined}
  - {name: b, image: nginx:1.27}
  volumes: [{name: h, hostPath: {path: /}}, {name: n, nfs: {server: s, path: /x}}]
`;
    const controls = new Set(
      findingsOf(yaml, securityRules).map((f) => `${f.securityControl!.level}:${f.securityControl!.control}`),
    );
    for (const control of BASELINE_CONTROLS) expect(controls).toContain(`baseline:${control}`);
    for (const control of RESTRICTED_CONTROLS) expect(controls).toContain(`restricted:${control}`);
  });
});
