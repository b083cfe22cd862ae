import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { kubernetesTargetOf } from '../../support/versions/kubernetesVersionTable';
import { schemaTargetVersionValueRule } from './schemaTargetVersionValue';

const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: batch}
spec:
  selector: {matchLabels: {app: batch}}
  template:
    metadata: {labels: {app: batch}}
    spec:
      tolerations:
        - {key: example.com/gpu, operator: Exists, effect: NoSchedule}
        - {key: example.com/priority, operator: Gt, value: "5", effect: NoSchedule}
        - {key: example.com/cost, operator: Lt, value: "100"}
      containers: [{name: worker, image: busybox:1.37}]
`;

const at = (minor: Parameters<typeof kubernetesTargetOf>[0]) =>
  findingsOf(DEPLOYMENT, schemaTargetVersionValueRule, { kubernetesTarget: kubernetesTargetOf(minor) });

describe('schema/target-version-value', () => {
  it('reports each value newer than the target at its path, saying between which versions it came', () => {
    expect(at(33).map((finding) => `${finding.path.join('.')}: ${finding.message}`)).toEqual([
      'spec.template.spec.tolerations.1.operator: spec.template.spec.tolerations[1].operator: "Gt" came in Kubernetes 1.34, 1.35 or 1.36 (1.33 does not have it); the target is 1.33.',
      'spec.template.spec.tolerations.2.operator: spec.template.spec.tolerations[2].operator: "Lt" came in Kubernetes 1.34, 1.35 or 1.36 (1.33 does not have it); the target is 1.33.',
    ]);
    expect(at(29)).toHaveLength(2);
  });

  it('stays silent where no enum data says (1.34, 1.35) and on the newest', () => {
    expect(at(34)).toEqual([]);
    expect(at(35)).toEqual([]);
    expect(at(36)).toEqual([]);
  });

  it('leaves old values alone, and values of a field the target lacks to schema/target-version-field', () => {
    const pod = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  tolerations: [{operator: Equal, key: a, value: b}]
  containers: [{name: web, image: nginx:1.27}]
`;
    expect(findingKeys(pod, schemaTargetVersionValueRule, { kubernetesTarget: kubernetesTargetOf(29) })).toEqual([]);
  });

  it('checks the tolerations of every kind that has them (RuntimeClass scheduling)', () => {
    const runtimeClass = `
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: gvisor}
handler: runsc
scheduling: {tolerations: [{key: sandbox, operator: Gt, value: "1"}]}
`;
    expect(
      findingKeys(runtimeClass, schemaTargetVersionValueRule, { kubernetesTarget: kubernetesTargetOf(30) }),
    ).toEqual(['schema/target-version-value @ scheduling.tolerations[0].operator']);
  });

  it('checks nothing without a target', () => {
    expect(findingKeys(DEPLOYMENT, schemaTargetVersionValueRule)).toEqual([]);
  });
});
