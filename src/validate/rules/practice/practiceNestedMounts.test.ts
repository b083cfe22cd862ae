import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practiceNestedMountsRule } from './practiceNestedMounts';

describe('practice/nested-mounts', () => {
  it('reports mounts inside other mounts, and the same directory written twice', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - {name: data, mountPath: /data}
    - {name: cache, mountPath: /data/cache}
    - {name: config, mountPath: /etc/app}
    - {name: secret, mountPath: /etc/app/tls}
    - {name: logs, mountPath: /logs}
    - {name: cache2, mountPath: /logs/}
  volumes:
  - {name: data, persistentVolumeClaim: {claimName: data}}
  - {name: cache, emptyDir: {}}
  - {name: config, configMap: {name: app}}
  - {name: secret, secret: {secretName: tls}}
  - {name: logs, emptyDir: {}}
  - {name: cache2, emptyDir: {}}
`;
    expect(findingKeys(yaml, practiceNestedMountsRule)).toEqual([
      'practice/nested-mounts @ spec.containers[0].volumeMounts[3].mountPath',
      'practice/nested-mounts @ spec.containers[0].volumeMounts[5].mountPath',
      'practice/nested-mounts @ spec.containers[0].volumeMounts[1].mountPath',
    ]);
    expect(findingsOf(yaml, practiceNestedMountsRule).map((f) => f.severity)).toEqual(['warning', 'warning', 'info']);
  });

  it('accepts side-by-side mounts, prefixes that are not parents, and the same path in different containers', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: sidecar, image: busybox:1.36, restartPolicy: Always, volumeMounts: [{name: a, mountPath: /data}]}
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts: [{name: a, mountPath: /data}, {name: b, mountPath: /data-cache}, {name: c, mountPath: /cache}]
  volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}, {name: c, emptyDir: {}}]
`;
    expect(findingKeys(yaml, practiceNestedMountsRule)).toEqual([]);
  });
});
