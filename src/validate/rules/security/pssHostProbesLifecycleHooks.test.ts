import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssHostProbesLifecycleHooksRule } from './pssHostProbesLifecycleHooks';

describe('pss/host-probes-lifecycle-hooks', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
    readinessProbe: {tcpSocket: {port: 15000, host: 10.0.0.1}}
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe: {httpGet: {path: /, port: 80, host: metadata.internal}}
    startupProbe: {httpGet: {path: /, port: 80, host: ""}}
    lifecycle:
      preStop: {httpGet: {path: /drain, port: 80, host: 169.254.169.254}}
`;

  it('reports a host in probes and lifecycle hooks of containers and sidecars', () => {
    expect(findingKeys(yaml, pssHostProbesLifecycleHooksRule)).toEqual([
      'pss/host-probes-lifecycle-hooks @ spec.initContainers[0].readinessProbe.tcpSocket.host',
      'pss/host-probes-lifecycle-hooks @ spec.containers[0].livenessProbe.httpGet.host',
      'pss/host-probes-lifecycle-hooks @ spec.containers[0].lifecycle.preStop.httpGet.host',
    ]);
  });

  it('removes the host so the check targets the pod', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssHostProbesLifecycleHooksRule])[1]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'livenessProbe'])).toEqual({
      httpGet: { path: '/', port: 80 },
    });
  });

  it('accepts probes without host', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27, readinessProbe: {httpGet: {path: /, port: 80}}}]
`;
    expect(findingKeys(accepted, pssHostProbesLifecycleHooksRule)).toEqual([]);
  });
});
