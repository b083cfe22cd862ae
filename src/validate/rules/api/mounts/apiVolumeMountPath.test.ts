import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeMountPathRule } from './apiVolumeMountPath';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeMountPathRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-mount-path', () => {
  it('reports a missing mountPath and a path used twice in one container (Invalid, not Duplicate)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: a, mountPath: /data}
    - {name: b, mountPath: /data}
    - {name: c}
  volumes: [{name: a}, {name: b}, {name: c}]
`;
    expect(typed(yaml)).toEqual([
      'api/volume-mount-path Invalid @ spec.containers[0].volumeMounts[1].mountPath',
      'api/volume-mount-path Required @ spec.containers[0].volumeMounts[2].mountPath',
    ]);
  });

  it('accepts the same path in different containers, and relative paths (the server does not require absolute ones)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: sidecar, image: busybox:1.36, restartPolicy: Always, volumeMounts: [{name: a, mountPath: /data}]}
  containers:
  - {name: app, image: nginx:1.27, volumeMounts: [{name: a, mountPath: /data}, {name: b, mountPath: cache}]}
  volumes: [{name: a}, {name: b}]
`;
    expect(typed(yaml)).toEqual([]);
  });
});
