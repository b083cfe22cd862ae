import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practicePrivilegedPortRule } from './practicePrivilegedPort';

describe('practice/privileged-port', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {runAsNonRoot: true}
  initContainers:
  - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 443}]}
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 80}, {containerPort: 8080}]}
  - {name: cap, image: nginx:1.27, ports: [{containerPort: 80}], securityContext: {capabilities: {add: [NET_BIND_SERVICE]}}}
`;

  it('reports low ports of containers that run as non-root', () => {
    expect(findingKeys(yaml, practicePrivilegedPortRule)).toEqual([
      'practice/privileged-port @ spec.initContainers[0].ports[0].containerPort',
      'practice/privileged-port @ spec.containers[0].ports[0].containerPort',
    ]);
  });

  it('lets non-root processes bind low ports with the safe sysctl', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practicePrivilegedPortRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'securityContext', 'sysctls'])).toEqual([
      { name: 'net.ipv4.ip_unprivileged_port_start', value: '0' },
    ]);
    expect(validateManifest(fixed, [practicePrivilegedPortRule])).toEqual([]);
  });

  it('accepts root containers (nothing says otherwise) and high ports', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: web, image: nginx:1.27, ports: [{containerPort: 80}]}
  - {name: app, image: app:1.0, securityContext: {runAsUser: 1000}, ports: [{containerPort: 8080}]}
`;
    expect(findingKeys(accepted, practicePrivilegedPortRule)).toEqual([]);
  });
});
