import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { ALL_RULES } from '../../allRules';
import { practicePortConflictRule } from './practicePortConflict';

describe('practice/port-conflict', () => {
  it('reports two running containers on the same port and protocol with different hostPorts, sidecars included', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 8080, hostPort: 18080}]}
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080, protocol: TCP, hostPort: 28080}]}
  - {name: metrics, image: exporter:1.0, ports: [{containerPort: 9090, hostPort: 19090}]}
  - {name: metrics2, image: exporter:1.0, ports: [{containerPort: 9090, hostPort: 29090}]}
`;
    expect(findingKeys(yaml, practicePortConflictRule)).toEqual([
      'practice/port-conflict @ spec.containers[0].ports[0].containerPort',
      'practice/port-conflict @ spec.containers[2].ports[0].containerPort',
    ]);
  });

  it('leaves the pairs the API server warns about to api/port-definition-overlap', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080}]}
  - {name: web2, image: nginx:1.27, ports: [{containerPort: 8080}]}
`;
    expect(findingKeys(yaml, practicePortConflictRule)).toEqual([]);
    const overlap = findingsOf(yaml, ALL_RULES).filter((finding) =>
      finding.path.join('.').startsWith('spec.containers.1.ports'),
    );
    expect(overlap.map((finding) => finding.ruleId)).toEqual(['api/port-definition-overlap']);
    expect(overlap[0]?.message).toContain('only one of them can bind it');
  });

  it('accepts a plain init container reusing a port, other protocols, and distinct ports', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: warmup, image: busybox:1.36, ports: [{containerPort: 8080, hostPort: 1}]}
  containers:
  - {name: dns, image: coredns:1.11, ports: [{containerPort: 53, protocol: UDP}]}
  - {name: dns-tcp, image: coredns:1.11, ports: [{containerPort: 53, protocol: TCP}]}
  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080, hostPort: 2}]}
`;
    expect(findingKeys(yaml, practicePortConflictRule)).toEqual([]);
  });
});
