import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPortNameRule } from './apiPortName';

const summary = (yaml: string) =>
  findingsOf(yaml, apiPortNameRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/port-name', () => {
  it('reports names that are not IANA service names, and repeats within one container', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - {name: http--alt, containerPort: 80}
    - {name: "8080", containerPort: 8080}
    - {name: metrics, containerPort: 9090}
    - {name: metrics, containerPort: 9091}
    - {name: Admin, containerPort: 9092}
`;
    expect(summary(yaml)).toEqual([
      'Invalid spec.containers[0].ports[0].name',
      'Invalid spec.containers[0].ports[1].name',
      'Duplicate spec.containers[0].ports[3].name',
      'Invalid spec.containers[0].ports[4].name',
    ]);
    expect(findingsOf(yaml, apiPortNameRule)[0]!.message).toBe(
      'Port name "http--alt" must not contain consecutive hyphens.',
    );
  });

  it('accepts the same name in two containers, and unnamed ports', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx, ports: [{name: http, containerPort: 80}, {containerPort: 81}]}
  - {name: b, image: nginx, ports: [{name: http, containerPort: 8080}, {containerPort: 82}]}
`;
    expect(summary(yaml)).toEqual([]);
  });
});
