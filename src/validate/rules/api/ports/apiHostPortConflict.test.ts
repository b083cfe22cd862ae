import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiHostPortConflictRule } from './apiHostPortConflict';

const summary = (yaml: string) =>
  findingsOf(yaml, apiHostPortConflictRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/host-port-conflict', () => {
  it('reports the same protocol/hostIP/hostPort twice among app containers, and within one init container', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: init, image: busybox, ports: [{containerPort: 80, hostPort: 8080}, {containerPort: 81, hostPort: 8080}]}
  containers:
  - {name: a, image: nginx, ports: [{containerPort: 80, hostPort: 8080}]}
  - {name: b, image: nginx, ports: [{containerPort: 81, hostPort: 8080, protocol: TCP}]}
`;
    expect(summary(yaml)).toEqual([
      'Duplicate spec.initContainers[0].ports[1].hostPort',
      'Duplicate spec.containers[1].ports[0].hostPort',
    ]);
  });

  it('counts the hostPort that hostNetwork defaulting gives a Pod', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  containers:
  - {name: a, image: nginx, ports: [{containerPort: 80}]}
  - {name: b, image: nginx, ports: [{containerPort: 80}]}
`;
    expect(summary(yaml)).toEqual(['Duplicate spec.containers[1].ports[0].hostPort']);
  });

  it('accepts other protocols or hostIPs, an init container reusing an app port, and templates without defaulting', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec:
      hostNetwork: true
      initContainers:
      - {name: init, image: busybox, ports: [{containerPort: 8080, hostPort: 8080}]}
      containers:
      - {name: a, image: nginx, ports: [{containerPort: 8080, hostPort: 8080}, {containerPort: 8080, hostPort: 8080, protocol: UDP}]}
      - {name: b, image: nginx, ports: [{containerPort: 8080, hostPort: 8080, hostIP: 10.0.0.1}, {containerPort: 80}, {containerPort: 80}]}
`;
    expect(summary(yaml)).toEqual([]);
  });
});
