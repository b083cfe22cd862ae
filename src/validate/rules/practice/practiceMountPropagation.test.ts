import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceMountPropagationRule } from './practiceMountPropagation';

describe('practice/mount-propagation', () => {
  it('reports Bidirectional propagation in a privileged container', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: driver
    image: csi-driver:1.0
    securityContext: {privileged: true}
    volumeMounts:
    - {name: pods, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}
    - {name: plugin, mountPath: /csi, mountPropagation: HostToContainer}
  volumes:
  - {name: pods, hostPath: {path: /var/lib/kubelet/pods}}
  - {name: plugin, hostPath: {path: /var/lib/kubelet/plugins/x}}
`;
    expect(findingKeys(yaml, practiceMountPropagationRule)).toEqual([
      'practice/mount-propagation @ spec.containers[0].volumeMounts[0].mountPropagation',
    ]);
  });

  it('leaves unprivileged Bidirectional (an API error) to the API rules', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: a:1, volumeMounts: [{name: v, mountPath: /v, mountPropagation: Bidirectional}]}]
  volumes: [{name: v, emptyDir: {}}]
`;
    expect(findingKeys(yaml, practiceMountPropagationRule)).toEqual([]);
  });
});
