import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeMountPropagationRule } from './apiVolumeMountPropagation';

describe('api/volume-mount-propagation', () => {
  it('reports unknown modes and Bidirectional in an unprivileged container, without the mount index', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: a, mountPath: /a, mountPropagation: hostToContainer}
    - {name: a, mountPath: /b, mountPropagation: Bidirectional}
  volumes: [{name: a, hostPath: {path: /mnt}}]
`;
    const findings = findingsOf(yaml, apiVolumeMountPropagationRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-mount-propagation NotSupported @ spec.containers[0].volumeMounts.mountPropagation',
      'api/volume-mount-propagation Forbidden @ spec.containers[0].volumeMounts.mountPropagation',
    ]);
    expect(findings[0]!.fix?.label).toBe('Set mountPropagation to HostToContainer');
    expect(findings[1]!.markerPath).toEqual(['spec', 'containers', 0, 'volumeMounts', 1, 'mountPropagation']);
  });

  it('accepts Bidirectional in a privileged sidecar and HostToContainer anywhere', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: csi-node
    image: csi:1.0
    restartPolicy: Always
    securityContext: {privileged: true}
    volumeMounts: [{name: a, mountPath: /a, mountPropagation: Bidirectional}]
  containers:
  - {name: app, image: nginx:1.27, volumeMounts: [{name: a, mountPath: /a, mountPropagation: HostToContainer}]}
  volumes: [{name: a, hostPath: {path: /mnt}}]
`;
    expect(findingsOf(yaml, apiVolumeMountPropagationRule)).toEqual([]);
  });
});
