import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssSeccompRestrictedRule } from './pssSeccompRestricted';

describe('pss/seccomp-restricted', () => {
  it('requires a profile, reported once on the pod, fixed with a pod-level RuntimeDefault', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: a, image: nginx:1.27, securityContext: {seccompProfile: {type: RuntimeDefault}}}
      - {name: b, image: nginx:1.27}
`;
    expect(findingKeys(yaml, pssSeccompRestrictedRule)).toEqual([
      'pss/seccomp-restricted @ spec.template.spec.securityContext.seccompProfile',
    ]);
    expect(findingsOf(yaml, pssSeccompRestrictedRule)[0]!.message).toContain('container "b"');
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssSeccompRestrictedRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'securityContext', 'seccompProfile'])).toEqual({
      type: 'RuntimeDefault',
    });
    expect(validateManifest(fixed, [pssSeccompRestrictedRule])).toEqual([]);
  });

  it('accepts a pod-level profile, or a profile on every container', () => {
    const podLevel = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seccompProfile: {type: RuntimeDefault}}
  containers: [{name: a, image: nginx:1.27}]
`;
    const everyContainer = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers: [{name: s, image: envoy:1.30, restartPolicy: Always, securityContext: {seccompProfile: {type: RuntimeDefault}}}]
  containers: [{name: a, image: nginx:1.27, securityContext: {seccompProfile: {type: Localhost, localhostProfile: p.json}}}]
`;
    expect(findingKeys(podLevel, pssSeccompRestrictedRule)).toEqual([]);
    expect(findingKeys(everyContainer, pssSeccompRestrictedRule)).toEqual([]);
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
    expect(findingKeys(windows, pssSeccompRestrictedRule)).toEqual([]);
  });
});
