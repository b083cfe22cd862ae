import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssHostPortsRule } from './pssHostPorts';

describe('pss/host-ports', () => {
  it('reports non-zero host ports of every container list and removes them', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 15001, hostPort: 15001}]}
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 0}, {containerPort: 443, hostPort: 8443}]}
`;
    expect(findingKeys(yaml, pssHostPortsRule)).toEqual([
      'pss/host-ports @ spec.initContainers[0].ports[0].hostPort',
      'pss/host-ports @ spec.containers[0].ports[1].hostPort',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssHostPortsRule])[1]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'ports', 1])).toEqual({ containerPort: 443 });
  });

  it('counts ports under hostNetwork as host ports (Kubernetes defaults hostPort to containerPort)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 8080}]}]
`;
    expect(findingKeys(yaml, pssHostPortsRule)).toEqual(['pss/host-ports @ spec.containers[0].ports[0]']);
    expect(findingsOf(yaml, pssHostPortsRule)[0]!.fix).toBeUndefined();
  });

  it('accepts container ports without host ports', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;
    expect(findingKeys(yaml, pssHostPortsRule)).toEqual([]);
  });
});
