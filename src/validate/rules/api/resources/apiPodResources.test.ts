import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodResourcesRule } from './apiPodResources';

const typed = (yaml: string) =>
  findingsOf(yaml, apiPodResourcesRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/pod-resources', () => {
  it('reports unsupported resources, claims, a request above the limit and containers above the pod', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resources:
    requests: {cpu: "2", memory: 256Mi}
    limits: {cpu: "1", ephemeral-storage: 1Gi, memory: 1Gi}
    claims: [{name: gpu}]
  initContainers:
  - {name: sidecar, image: proxy:1.0, restartPolicy: Always, resources: {requests: {memory: 200Mi}}}
  containers:
  - {name: app, image: app:1.0, resources: {requests: {memory: 100Mi}, limits: {memory: 2Gi}}}
`;
    expect(typed(yaml)).toEqual([
      'api/pod-resources Forbidden @ spec.resources.claims',
      'api/pod-resources NotSupported @ spec.resources.limits[ephemeral-storage]',
      'api/pod-resources Invalid @ spec.resources.requests',
      'api/pod-resources Invalid @ spec.resources.containers[0].memory.limits',
      'api/pod-resources Invalid @ spec.resources.requests[memory]',
    ]);
  });

  it('accepts a pod budget that covers its containers', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  resources:
    requests: {cpu: "1", memory: 1Gi}
    limits: {cpu: "2", memory: 2Gi}
  initContainers:
  - {name: migrate, image: migrate:1.0, resources: {requests: {memory: 900Mi}}}
  containers:
  - {name: app, image: app:1.0, resources: {requests: {cpu: 500m, memory: 512Mi}, limits: {memory: 2Gi}}}
  - {name: web, image: nginx:1.27}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
