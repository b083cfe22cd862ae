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

  it('knows 1.31 exactly (its API comes from cdk8s-plus-31)', () => {
    expect(keysAt(31)).toEqual([
      'schema/target-version-field @ spec.template.spec.resources', // 1.32
      'schema/target-version-field @ spec.template.spec.initContainers[0].restartPolicyRules',
      'schema/target-version-field @ spec.template.spec.containers[0].lifecycle.stopSignal',
    ]);
    const [image] = findingsOf(DEPLOYMENT, schemaTargetVersionFieldRule, {
      kubernetesTarget: kubernetesTargetOf(30),
    }).filter((finding) => finding.path.at(-1) === 'image');
    expect(image?.message).toBe('spec.template.spec.volumes[0].image needs Kubernetes 1.31+; the target is 1.30.');
  });

  it('knows 1.35 exactly (its fields come from @pulumi/kubernetes 4.29.0)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: gang}
spec:
  schedulingGroup: {podGroupName: training}
  containers: [{name: trainer, image: trainer:v1}]
  volumes:
    - name: cert
      projected: {sources: [{podCertificate: {signerName: example.com/signer, keyType: ED25519, credentialBundlePath: bundle.pem, userAnnotations: {team: ml}}}]}
`;
    const at = (minor: Parameters<typeof kubernetesTargetOf>[0]) =>
      findingsOf(yaml, schemaTargetVersionFieldRule, { kubernetesTarget: kubernetesTargetOf(minor) }).map(
        (finding) => finding.message,
      );
    expect(at(36)).toEqual([]);
    expect(at(35)).toEqual(['spec.schedulingGroup needs Kubernetes 1.36+; the target is 1.35.']);
    expect(at(34)).toEqual([
      'spec.schedulingGroup needs Kubernetes 1.36+; the target is 1.34.',
      'spec.volumes[0].projected.sources[0].podCertificate.userAnnotations needs Kubernetes 1.35+; the target is 1.34.',
    ]);
  });

  it('stays silent where the 1.31 package says nothing (status), and names the candidates below', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec: {containers: [{name: web, image: nginx:1.27}]}
status: {containerStatuses: [{name: web, image: nginx:1.27, imageID: "", ready: true, restartCount: 0, user: {linux: {uid: 1, gid: 1}}}]}
`;
    const at = (minor: Parameters<typeof kubernetesTargetOf>[0]) =>
      findingsOf(yaml, schemaTargetVersionFieldRule, { kubernetesTarget: kubernetesTargetOf(minor) }).map(
        (finding) => finding.message,
      );
    expect(at(31)).toEqual([]);
    expect(at(30)).toEqual([
      'status.containerStatuses[0].user came in Kubernetes 1.31 or 1.32 (1.30 does not have it); the target is 1.30.',
    ]);
  });

  it('checks nothing without a target', () => {
    expect(findingKeys(DEPLOYMENT, schemaTargetVersionFieldRule)).toEqual([]);
  });
});
