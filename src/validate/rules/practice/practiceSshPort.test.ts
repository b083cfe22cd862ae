import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceSshPortRule } from './practiceSshPort';

describe('practice/ssh-port', () => {
  it('reports port 22/TCP', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: box, image: box:1.0, ports: [{containerPort: 22}, {containerPort: 22, protocol: UDP}, {containerPort: 2222}]}
`;
    expect(findingKeys(yaml, practiceSshPortRule)).toEqual([
      'practice/ssh-port @ spec.containers[0].ports[0].containerPort',
    ]);
  });

  it('accepts other ports', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;
    expect(findingKeys(yaml, practiceSshPortRule)).toEqual([]);
  });
});
