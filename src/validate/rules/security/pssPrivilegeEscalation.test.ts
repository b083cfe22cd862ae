import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssPrivilegeEscalationRule } from './pssPrivilegeEscalation';

describe('pss/privilege-escalation', () => {
  const yaml = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: backup}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
          - {name: proxy, image: envoy:1.30, restartPolicy: Always}
          containers:
          - {name: backup, image: backup:1.0, securityContext: {allowPrivilegeEscalation: true}}
          - {name: ok, image: backup:1.0, securityContext: {allowPrivilegeEscalation: false}}
          - {name: priv, image: backup:1.0, securityContext: {privileged: true}}
`;

  it('requires allowPrivilegeEscalation: false on every container, sidecars included', () => {
    expect(findingKeys(yaml, pssPrivilegeEscalationRule)).toEqual([
      'pss/privilege-escalation @ spec.jobTemplate.spec.template.spec.initContainers[0].securityContext.allowPrivilegeEscalation',
      'pss/privilege-escalation @ spec.jobTemplate.spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation',
      'pss/privilege-escalation @ spec.jobTemplate.spec.template.spec.containers[2].securityContext.allowPrivilegeEscalation',
    ]);
  });

  it('sets it to false, but not on a privileged container (the API server would reject that)', () => {
    const manifest = manifestFromYaml(yaml);
    const findings = validateManifest(manifest, [pssPrivilegeEscalationRule]);
    const fixed = findings[0]!.fix!.apply(manifest);
    expect(
      getAtPath(fixed[0]!, ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'initContainers', 0, 'securityContext']),
    ).toEqual({
      allowPrivilegeEscalation: false,
    });
    expect(findings[2]!.fix).toBeUndefined();
    expect(findingsOf(yaml, pssPrivilegeEscalationRule).every((f) => f.severity === 'info')).toBe(true);
  });

  it('exempts Windows pods', () => {
    const windows = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers: [{name: a, image: mcr.microsoft.com/windows/nanoserver:ltsc2022}]
`;
    expect(findingKeys(windows, pssPrivilegeEscalationRule)).toEqual([]);
  });
});
