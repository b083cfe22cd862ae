import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPortDefinitionOverlapRule } from './apiPortDefinitionOverlap';

const summary = (yaml: string) =>
  findingsOf(yaml, apiPortDefinitionOverlapRule).map((f) => `${f.severity} ${formatDataPath(f.path)}`);

describe('api/port-definition-overlap', () => {
  it('warns about a port declared twice in the pod and a hostIP without hostPort', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx, ports: [{containerPort: 80}, {containerPort: 9090, hostIP: 127.0.0.1}]}
  - {name: b, image: nginx, ports: [{containerPort: 80, protocol: TCP}]}
`;
    expect(summary(yaml)).toEqual([
      'warning spec.containers[0].ports[1].hostIP',
      'warning spec.containers[1].ports[0]',
    ]);
  });

  it('accepts the same number with another protocol', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: dns, image: coredns, ports: [{containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]}
`;
    expect(summary(yaml)).toEqual([]);
  });
});
