import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaApiVersionRule } from './schemaApiVersion';

describe('schema/api-version', () => {
  it('reports a kind under a removed beta version and fixes it', () => {
    const yaml = `
apiVersion: extensions/v1beta1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx:1.27}]}
`;
    const [finding] = findingsOf(yaml, schemaApiVersionRule);
    expect(finding?.path).toEqual(['apiVersion']);
    expect(finding?.fix?.label).toBe('Set apiVersion to apps/v1');
    expect(finding!.fix!.apply(manifestFromYaml(yaml))[0]?.apiVersion).toBe('apps/v1');
  });

  it('leaves custom resources and other served versions alone', () => {
    const yaml = `
apiVersion: serving.knative.dev/v1
kind: Service
metadata: {name: hello}
spec: {template: {spec: {containers: [{image: hello}]}}}
---
apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec: {scaleTargetRef: {kind: Deployment, name: web}, maxReplicas: 3, targetCPUUtilizationPercentage: 80}
`;
    expect(findingKeys(yaml, schemaApiVersionRule)).toEqual([]);
  });
});
