import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiContainerResourceClaimsRule } from './apiContainerResourceClaims';

const typed = (yaml: string) =>
  findingsOf(yaml, apiContainerResourceClaimsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/container-resource-claims', () => {
  it('reports unnamed, repeated and unknown claims', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resourceClaims: [{name: gpu, resourceClaimTemplateName: gpu-template}]
  containers:
  - name: app
    image: cuda:12
    resources:
      claims: [{name: gpu}, {name: gpu}, {name: ""}, {name: fpga}]
`;
    expect(typed(yaml)).toEqual([
      'api/container-resource-claims Duplicate @ spec.containers[0].resources.claims[1]',
      'api/container-resource-claims Required @ spec.containers[0].resources.claims[2]',
      'api/container-resource-claims NotFound @ spec.containers[0].resources.claims[3]',
    ]);
  });

  it('accepts claims of the pod, also shared by a sidecar, and distinct requests of one claim', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resourceClaims: [{name: gpu, resourceClaimTemplateName: gpu-template}]
  initContainers:
  - {name: monitor, image: dcgm:3, restartPolicy: Always, resources: {claims: [{name: gpu}]}}
  containers:
  - {name: app, image: cuda:12, resources: {claims: [{name: gpu, request: first}, {name: gpu, request: second}]}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
