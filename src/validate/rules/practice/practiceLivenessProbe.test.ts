import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceLivenessProbeRule } from './practiceLivenessProbe';

describe('practice/liveness-probe', () => {
  it('suggests (info) a liveness probe for servers, sidecars included', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 15001}]}
  - {name: logs, image: fluent-bit:3.0, restartPolicy: Always}
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 80}]}
  - {name: checked, image: nginx:1.27, ports: [{containerPort: 81}], livenessProbe: {tcpSocket: {port: 81}}}
`;
    expect(findingKeys(yaml, practiceLivenessProbeRule)).toEqual([
      'practice/liveness-probe @ spec.initContainers[0].livenessProbe',
      'practice/liveness-probe @ spec.containers[0].livenessProbe',
    ]);
    expect(findingsOf(yaml, practiceLivenessProbeRule).map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('stays quiet for Jobs and containers without ports', () => {
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: task, image: task:1.0, ports: [{containerPort: 8080}]}]
`;
    const worker = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: worker, image: worker:1.0}]
`;
    expect(findingKeys(job, practiceLivenessProbeRule)).toEqual([]);
    expect(findingKeys(worker, practiceLivenessProbeRule)).toEqual([]);
  });
});
