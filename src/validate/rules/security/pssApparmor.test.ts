import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssApparmorRule } from './pssApparmor';

describe('pss/apparmor', () => {
  const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
      annotations:
        container.apparmor.security.beta.kubernetes.io/web: unconfined
        container.apparmor.security.beta.kubernetes.io/log: localhost/k8s-log
    spec:
      securityContext: {appArmorProfile: {type: Unconfined}}
      containers:
      - {name: web, image: nginx:1.27, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: k8s-web}}}
      - {name: log, image: fluent-bit:3.0, securityContext: {appArmorProfile: {type: Unconfined}}}
`;

  it('reports Unconfined profiles in fields and in the annotation of the pod template', () => {
    expect(findingKeys(yaml, pssApparmorRule)).toEqual([
      'pss/apparmor @ spec.template.spec.securityContext.appArmorProfile.type',
      'pss/apparmor @ spec.template.spec.containers[1].securityContext.appArmorProfile.type',
      'pss/apparmor @ spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/web]',
    ]);
  });

  it('fixes fields to RuntimeDefault and the annotation to runtime/default', () => {
    const manifest = manifestFromYaml(yaml);
    const findings = validateManifest(manifest, [pssApparmorRule]);
    expect(getAtPath(findings[0]!.fix!.apply(manifest)[0]!, ['spec', 'template', 'spec', 'securityContext'])).toEqual({
      appArmorProfile: { type: 'RuntimeDefault' },
    });
    const annotations = getAtPath(findings[2]!.fix!.apply(manifest)[0]!, [
      'spec',
      'template',
      'metadata',
      'annotations',
    ]);
    expect(annotations).toEqual({
      'container.apparmor.security.beta.kubernetes.io/web': 'runtime/default',
      'container.apparmor.security.beta.kubernetes.io/log': 'localhost/k8s-log',
    });
  });

  it('accepts RuntimeDefault, Localhost and no profile', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: {container.apparmor.security.beta.kubernetes.io/web: runtime/default}
spec:
  securityContext: {appArmorProfile: {type: RuntimeDefault}}
  containers: [{name: web, image: nginx:1.27}]
`;
    expect(findingKeys(accepted, pssApparmorRule)).toEqual([]);
  });
});
