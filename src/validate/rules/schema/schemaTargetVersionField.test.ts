import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { kubernetesTargetOf } from '../../support/versions/kubernetesVersionTable';
import { schemaTargetVersionFieldRule } from './schemaTargetVersionField';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      resources: {limits: {cpu: "1"}}
      initContainers:
        - name: proxy
          image: envoy:1.31
          restartPolicy: Always
          restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]
      containers:
        - name: web
          image: nginx:1.27
          resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]
          lifecycle: {stopSignal: SIGTERM}
          securityContext: {appArmorProfile: {type: RuntimeDefault}}
      volumes:
        - name: model
          image: {reference: registry.example/model:v1}
`;

const keysAt = (minor: Parameters<typeof kubernetesTargetOf>[0]) =>
  findingKeys(DEPLOYMENT, schemaTargetVersionFieldRule, { kubernetesTarget: kubernetesTargetOf(minor) });

describe('schema/target-version-field', () => {
  it('reports each field newer than the target at its path', () => {
    expect(keysAt(29)).toEqual([
      'schema/target-version-field @ spec.template.spec.resources',
      'schema/target-version-field @ spec.template.spec.initContainers[0].restartPolicyRules',
      'schema/target-version-field @ spec.template.spec.containers[0].lifecycle.stopSignal',
      'schema/target-version-field @ spec.template.spec.containers[0].securityContext.appArmorProfile',
      'schema/target-version-field @ spec.template.spec.volumes[0].image',
    ]);
  });

  it('says which version introduced the field', () => {
    const messages = findingsOf(DEPLOYMENT, schemaTargetVersionFieldRule, {
      kubernetesTarget: kubernetesTargetOf(33),
    }).map((finding) => finding.message);
    expect(messages).toEqual([
      'spec.template.spec.initContainers[0].restartPolicyRules needs Kubernetes 1.34+; the target is 1.33.',
    ]);
  });

  it('drops findings as the target grows, and is silent on the newest', () => {
    expect(keysAt(30)).not.toContain(
      'schema/target-version-field @ spec.template.spec.containers[0].securityContext.appArmorProfile',
    );
    expect(keysAt(32)).toEqual([
      'schema/target-version-field @ spec.template.spec.initContainers[0].restartPolicyRules',
      'schema/target-version-field @ spec.template.spec.containers[0].lifecycle.stopSignal',
    ]);
    expect(keysAt(36)).toEqual([]);
  });

  it('stays silent on an unpublished minor where the field may already exist (1.31)', () => {
    // Image volumes are in the 1.32 API and not in 1.30; no package says whether 1.31 has them.
    expect(keysAt(31)).not.toContain('schema/target-version-field @ spec.template.spec.volumes[0].image');
    expect(keysAt(30)).toContain('schema/target-version-field @ spec.template.spec.volumes[0].image');
    const [image] = findingsOf(DEPLOYMENT, schemaTargetVersionFieldRule, {
      kubernetesTarget: kubernetesTargetOf(30),
    }).filter((finding) => finding.path.at(-1) === 'image');
    expect(image?.message).toContain('needs Kubernetes 1.31–1.32+');
  });

  it('checks nothing without a target', () => {
    expect(findingKeys(DEPLOYMENT, schemaTargetVersionFieldRule)).toEqual([]);
  });
});
