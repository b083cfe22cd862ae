import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceIdenticalProbesRule } from './practiceIdenticalProbes';

describe('practice/identical-probes', () => {
  it('warns when liveness copies readiness, and informs when only the check is the same and liveness trips as fast', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
    readinessProbe: {httpGet: {path: /ready, port: 15000}}
    livenessProbe: {httpGet: {path: /ready, port: 15000, scheme: HTTP}}
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe: {httpGet: {port: 80}, periodSeconds: 5}
    livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5, timeoutSeconds: 3}
  - name: controller
    image: registry.k8s.io/ingress-nginx/controller:v1.11.2
    readinessProbe: {httpGet: {path: /healthz, port: 10254}, failureThreshold: 3}
    livenessProbe: {httpGet: {path: /healthz, port: 10254}, failureThreshold: 5}
`;
    // The controller's liveness probe already tolerates more failures (5 vs 3): nothing to say.
    expect(findingKeys(yaml, practiceIdenticalProbesRule)).toEqual([
      'practice/identical-probes @ spec.initContainers[0].livenessProbe',
      'practice/identical-probes @ spec.containers[0].livenessProbe',
    ]);
    expect(findingsOf(yaml, practiceIdenticalProbesRule).map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('accepts different checks, and skips Jobs', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe: {httpGet: {path: /ready, port: 80}}
    livenessProbe: {httpGet: {path: /healthz, port: 80}}
`;
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: t, image: t:1, readinessProbe: {tcpSocket: {port: 80}}, livenessProbe: {tcpSocket: {port: 80}}}]
`;
    expect(findingKeys(yaml, practiceIdenticalProbesRule)).toEqual([]);
    expect(findingKeys(job, practiceIdenticalProbesRule)).toEqual([]);
  });
});
