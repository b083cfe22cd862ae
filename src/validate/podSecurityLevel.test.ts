import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing/findingsOf';
import type { Finding } from './finding';
import { formatPodSecurityLevel, podSecurityLevel } from './podSecurityLevel';
import { practiceRules } from './rules/practiceRules';
import { securityRules } from './rules/securityRules';

function finding(level: 'baseline' | 'restricted', control: string): Finding {
  return {
    ruleId: `pss/${control}`,
    family: 'security',
    severity: level === 'baseline' ? 'warning' : 'info',
    objectRef: { documentIndex: 0, itemIndex: null },
    path: [],
    message: '',
    why: '',
    docsUrl: '',
    securityControl: { level, control },
  };
}

describe('podSecurityLevel', () => {
  it('passes both levels without security findings (other findings are ignored)', () => {
    const other: Finding = { ...finding('baseline', 'x'), family: 'practice', securityControl: undefined };
    const level = podSecurityLevel([other]);
    expect(level).toEqual({
      baseline: { passes: true, failingControls: [] },
      restricted: { passes: true, failingControls: [] },
    });
    expect(formatPodSecurityLevel(level)).toBe('Baseline: passes · Restricted: passes');
  });

  it('counts each Restricted control once, in the standard order', () => {
    const level = podSecurityLevel([
      finding('restricted', 'Seccomp'),
      finding('restricted', 'Privilege Escalation'),
      finding('restricted', 'Privilege Escalation'),
      finding('restricted', 'Capabilities'),
    ]);
    expect(level.baseline.passes).toBe(true);
    expect(level.restricted.failingControls).toEqual(['Privilege Escalation', 'Seccomp', 'Capabilities']);
    expect(formatPodSecurityLevel(level)).toBe('Baseline: passes · Restricted: fails (3 controls)');
  });

  it('fails Restricted whenever Baseline fails, without counting a control twice', () => {
    const level = podSecurityLevel([finding('baseline', 'Capabilities'), finding('restricted', 'Capabilities')]);
    expect(level.baseline).toEqual({ passes: false, failingControls: ['Capabilities'] });
    expect(level.restricted).toEqual({ passes: false, failingControls: ['Capabilities'] });
    expect(formatPodSecurityLevel(level)).toBe('Baseline: fails (1 control) · Restricted: fails (1 control)');
  });

  it('knows that a hostPath volume also fails Restricted "Volume Types"', () => {
    const level = podSecurityLevel([finding('baseline', 'HostPath Volumes')]);
    expect(level.restricted.failingControls).toEqual(['HostPath Volumes', 'Volume Types']);
  });

  it('summarises the findings of the real rules for a default pod and for a hardened one', () => {
    const plain = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: web, image: nginx:1.27}]
`;
    const hardened = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  securityContext: {runAsNonRoot: true, runAsUser: 101, seccompProfile: {type: RuntimeDefault}}
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}}
  volumes: [{name: tmp, emptyDir: {}}]
`;
    const rules = [...practiceRules, ...securityRules];
    expect(formatPodSecurityLevel(podSecurityLevel(findingsOf(plain, rules)))).toBe(
      'Baseline: passes · Restricted: fails (4 controls)',
    );
    expect(formatPodSecurityLevel(podSecurityLevel(findingsOf(hardened, rules)))).toBe(
      'Baseline: passes · Restricted: passes',
    );
    const privileged = plain.replace('image: nginx:1.27}', 'image: nginx:1.27, securityContext: {privileged: true}}');
    expect(podSecurityLevel(findingsOf(privileged, rules)).baseline.failingControls).toEqual(['Privileged Containers']);
  });
});
