import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeMountSubPathRule } from './apiVolumeMountSubPath';

describe('api/volume-mount-sub-path', () => {
  it('reports absolute and climbing sub paths without the mount index, and both subPath and subPathExpr', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: a, mountPath: /a, subPath: /etc}
    - {name: a, mountPath: /b, subPathExpr: "../$(POD_NAME)"}
    - {name: a, mountPath: /c, subPath: data, subPathExpr: logs}
  volumes: [{name: a}]
`;
    const findings = findingsOf(yaml, apiVolumeMountSubPathRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-mount-sub-path Invalid @ spec.containers[0].volumeMounts.subPath',
      'api/volume-mount-sub-path Invalid @ spec.containers[0].volumeMounts.subPathExpr',
      'api/volume-mount-sub-path Invalid @ spec.containers[0].volumeMounts[2].subPathExpr',
    ]);
    expect(findings[0]!.markerPath).toEqual(['spec', 'containers', 0, 'volumeMounts', 0, 'subPath']);
  });

  it('accepts relative sub paths, also on image volumes (allowed since Kubernetes 1.33)', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: config, mountPath: /etc/nginx/nginx.conf, subPath: nginx.conf}
    - {name: model, mountPath: /model, subPath: weights/v2}
    - {name: config, mountPath: /logs, subPathExpr: "$(POD_NAME)"}
  volumes: [{name: config, configMap: {name: nginx}}, {name: model, image: {reference: "quay.io/models/llm:v2"}}]
`;
    expect(findingsOf(yaml, apiVolumeMountSubPathRule)).toEqual([]);
  });
});
