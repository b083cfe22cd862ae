import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceProbePortRule } from './practiceProbePort';

describe('practice/probe-port', () => {
  it('reports unknown port names (error) and undeclared numbers (info), in sidecars too', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
    ports: [{name: admin, containerPort: 15000}]
    readinessProbe: {httpGet: {path: /ready, port: admin}}
    livenessProbe: {tcpSocket: {port: amdin}}
  containers:
  - name: web
    image: nginx:1.27
    ports: [{name: http, containerPort: 8080}]
    readinessProbe: {httpGet: {path: /, port: 8008}}
    lifecycle: {preStop: {httpGet: {path: /drain, port: drain}}}
`;
    expect(findingKeys(yaml, practiceProbePortRule)).toEqual([
      'practice/probe-port @ spec.initContainers[0].livenessProbe.tcpSocket.port',
      'practice/probe-port @ spec.containers[0].lifecycle.preStop.httpGet.port',
      'practice/probe-port @ spec.containers[0].readinessProbe.httpGet.port',
    ]);
    expect(findingsOf(yaml, practiceProbePortRule).map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('accepts declared names and numbers, numbers when no ports are declared, and leaves quoted numbers to the API rules', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx:1.27, ports: [{name: http, containerPort: 80}], readinessProbe: {httpGet: {port: http}}, livenessProbe: {tcpSocket: {port: 80}}}
  - {name: b, image: nginx:1.27, readinessProbe: {httpGet: {port: 9090}}}
  - {name: c, image: nginx:1.27, ports: [{containerPort: 80}], readinessProbe: {httpGet: {port: "8080"}}}
`;
    expect(findingKeys(yaml, practiceProbePortRule)).toEqual([]);
  });
});
