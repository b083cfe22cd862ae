import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { pssHostPathVolumesRule } from './pssHostPathVolumes';

describe('pss/host-path-volumes', () => {
  it('reports every hostPath volume', () => {
    const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: logs}
spec:
  selector: {matchLabels: {app: logs}}
  template:
    metadata: {labels: {app: logs}}
    spec:
      containers: [{name: agent, image: fluent-bit:3.0, volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]}]
      volumes:
      - {name: cache, emptyDir: {}}
      - {name: varlog, hostPath: {path: /var/log}}
`;
    expect(findingKeys(yaml, pssHostPathVolumesRule)).toEqual([
      'pss/host-path-volumes @ spec.template.spec.volumes[1].hostPath',
    ]);
  });

  it('accepts other volume types', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27}]
  volumes: [{name: a, emptyDir: {}}, {name: b, configMap: {name: cfg}}, {name: c}]
`;
    expect(findingKeys(yaml, pssHostPathVolumesRule)).toEqual([]);
  });
});
