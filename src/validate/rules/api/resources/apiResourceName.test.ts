import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiResourceNameRule } from './apiResourceName';

const typed = (yaml: string) =>
  findingsOf(yaml, apiResourceNameRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/resource-name', () => {
  it('reports unprefixed non-standard names, storage, and malformed names', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      limits: {gpu: 1, storage: 1Gi}
      requests: {"example.com/a/b": 1, CPU: 100m}
`;
    expect(typed(yaml)).toEqual([
      'api/resource-name Invalid @ spec.containers[0].resources.limits[gpu]',
      'api/resource-name Invalid @ spec.containers[0].resources.limits[storage]',
      'api/resource-name Invalid @ spec.containers[0].resources.requests[example.com/a/b]',
      'api/resource-name Invalid @ spec.containers[0].resources.requests[CPU]',
    ]);
  });

  it('accepts standard, hugepages and extended resources on apps, init containers and sidecars', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.31, restartPolicy: Always, resources: {requests: {cpu: 50m, memory: 64Mi}}}
  containers:
  - name: app
    image: nginx:1.27
    resources:
      limits: {cpu: "1", memory: 1Gi, ephemeral-storage: 2Gi, hugepages-2Mi: 4Mi, nvidia.com/gpu: 1}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
