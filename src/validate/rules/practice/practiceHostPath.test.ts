import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceHostPathRule } from './practiceHostPath';

describe('practice/host-path', () => {
  const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - name: agent
        image: agent:1.0
        volumeMounts:
        - {name: docker, mountPath: /var/run/docker.sock, readOnly: true}
        - {name: etc, mountPath: /host/etc, readOnly: true}
        - {name: logs, mountPath: /var/log}
        - {name: kubelet, mountPath: /kubelet}
      volumes:
      - {name: docker, hostPath: {path: /var/run/docker.sock, type: Socket}}
      - {name: etc, hostPath: {path: /etc/}}
      - {name: logs, hostPath: {path: /var/log}}
      - {name: kubelet, hostPath: {path: /var/lib/kubelet/pods}}
      - {name: unused, hostPath: {path: /}}
`;

  it('reports the runtime socket, system directories and writable node directories that are mounted', () => {
    expect(findingKeys(yaml, practiceHostPathRule)).toEqual([
      'practice/host-path @ spec.template.spec.volumes[0].hostPath.path',
      'practice/host-path @ spec.template.spec.volumes[3].hostPath.path',
      'practice/host-path @ spec.template.spec.volumes[1].hostPath.path',
      'practice/host-path @ spec.template.spec.containers[0].volumeMounts[2].readOnly',
    ]);
    expect(findingsOf(yaml, practiceHostPathRule).map((f) => f.severity)).toEqual([
      'warning',
      'warning',
      'info',
      'info',
    ]);
  });

  it('mounts a plain node directory read-only', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceHostPathRule])[3]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts', 2])).toEqual({
      name: 'logs',
      mountPath: '/var/log',
      readOnly: true,
    });
  });

  it('accepts read-only mounts of ordinary node directories', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: agent:1.0, volumeMounts: [{name: logs, mountPath: /var/log, readOnly: true}]}]
  volumes: [{name: logs, hostPath: {path: /var/log}}]
`;
    expect(findingKeys(accepted, practiceHostPathRule)).toEqual([]);
  });
});
