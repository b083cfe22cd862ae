import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { portConflictRule } from './portConflict';

describe('practice/port-conflict', () => {
  it('reports two running containers on the same port and protocol, sidecars included', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 8080}]}
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080, protocol: TCP}]}
  - {name: metrics, image: exporter:1.0, ports: [{containerPort: 9090}]}
  - {name: metrics2, image: exporter:1.0, ports: [{containerPort: 9090}]}
`;
    expect(findingKeys(yaml, portConflictRule)).toEqual([
      'practice/port-conflict @ spec.containers[0].ports[0].containerPort',
      'practice/port-conflict @ spec.containers[2].ports[0].containerPort',
    ]);
  });

  it('accepts a plain init container reusing a port, other protocols, and distinct ports', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: warmup, image: busybox:1.36, ports: [{containerPort: 8080}]}
  containers:
  - {name: dns, image: coredns:1.11, ports: [{containerPort: 53, protocol: UDP}]}
  - {name: dns-tcp, image: coredns:1.11, ports: [{containerPort: 53, protocol: TCP}]}
  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080}]}
`;
    expect(findingKeys(yaml, portConflictRule)).toEqual([]);
  });
});
