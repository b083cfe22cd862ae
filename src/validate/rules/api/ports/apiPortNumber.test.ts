import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPortNumberRule } from './apiPortNumber';

const summary = (yaml: string) =>
  findingsOf(yaml, apiPortNumberRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/port-number', () => {
  it('reports a missing or out-of-range containerPort and an out-of-range hostPort', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - {name: http}
    - {containerPort: 70000}
    - {containerPort: 80, hostPort: -1}
    - {containerPort: 0}
`;
    expect(summary(yaml)).toEqual([
      'Required spec.containers[0].ports[0].containerPort',
      'Invalid spec.containers[0].ports[1].containerPort',
      'Invalid spec.containers[0].ports[2].hostPort',
      'Required spec.containers[0].ports[3].containerPort',
    ]);
    expect(findingsOf(yaml, apiPortNumberRule)[0]!.markerPath).toEqual(['spec', 'containers', 0, 'ports', 0]);
  });

  it('accepts valid ports, and leaves a quoted "80" (a string) to the schema rules', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: web, image: nginx, ports: [{containerPort: 1}, {containerPort: 65535, hostPort: 8080}, {containerPort: "80"}]}
`;
    expect(summary(yaml)).toEqual([]);
  });
});
