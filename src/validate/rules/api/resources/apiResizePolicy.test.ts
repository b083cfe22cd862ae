import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiResizePolicyRule } from './apiResizePolicy';

const typed = (yaml: string) =>
  findingsOf(yaml, apiResizePolicyRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/resize-policy', () => {
  it('reports repeated resources, unknown resources and policies, and restarts in a Never pod', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  containers:
  - name: app
    image: app:1.0
    resizePolicy:
    - {resourceName: cpu, restartPolicy: NotRequired}
    - {resourceName: cpu, restartPolicy: NotRequired}
    - {resourceName: memory, restartPolicy: RestartContainer}
    - {resourceName: gpu, restartPolicy: Sometimes}
`;
    expect(typed(yaml)).toEqual([
      'api/resize-policy Duplicate @ spec.containers[0].resizePolicy[1]',
      'api/resize-policy Invalid @ spec.containers[0].resizePolicy',
      'api/resize-policy NotSupported @ spec.containers[0].resizePolicy',
      'api/resize-policy NotSupported @ spec.containers[0].resizePolicy',
      'api/resize-policy Invalid @ spec.containers[0].resizePolicy',
    ]);
  });

  it('accepts restart-on-resize in pods that restart, on apps and sidecars', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: sidecar, image: proxy:1.0, restartPolicy: Always, resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]}
  containers:
  - {name: app, image: app:1.0, resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
