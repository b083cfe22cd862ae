import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiResourceQuantityRule } from './apiResourceQuantity';

const typed = (yaml: string) =>
  findingsOf(yaml, apiResourceQuantityRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/resource-quantity', () => {
  it('reports negative quantities, fractional devices and partial huge pages', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      limits: {memory: 1Gi, nvidia.com/gpu: 0.5, hugepages-2Mi: 3Mi}
      requests: {cpu: -100m}
`;
    expect(typed(yaml)).toEqual([
      'api/resource-quantity Invalid @ spec.containers[0].resources.limits[nvidia.com/gpu]',
      'api/resource-quantity Invalid @ spec.containers[0].resources.limits[hugepages-2Mi]',
      'api/resource-quantity Invalid @ spec.containers[0].resources.requests[cpu]',
    ]);
  });

  it('accepts fractional cpu and memory, whole devices, whole pages and wrongly typed values', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      limits: {cpu: 0.5, memory: 1.5Gi, example.com/fpga: 2, hugepages-1Gi: 2Gi}
      requests: {cpu: yes}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
