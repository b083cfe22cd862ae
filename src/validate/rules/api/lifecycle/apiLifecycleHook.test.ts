import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiLifecycleHookRule } from './apiLifecycleHook';

const typed = (yaml: string) =>
  findingsOf(yaml, apiLifecycleHookRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/lifecycle-hook', () => {
  it('reports hooks with no action, two actions, and a sleep longer than the grace period', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  terminationGracePeriodSeconds: 20
  initContainers:
  - {name: proxy, image: envoy:1.31, restartPolicy: Always, lifecycle: {postStart: {}}}
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      postStart: {exec: {command: [sh, -c, warm]}, httpGet: {port: 80}}
      preStop: {sleep: {seconds: 25}}
`;
    const findings = findingsOf(yaml, apiLifecycleHookRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/lifecycle-hook Required @ spec.initContainers[0].lifecycle.postStart',
      'api/lifecycle-hook Forbidden @ spec.containers[0].lifecycle.postStart.httpGet',
      'api/lifecycle-hook Invalid @ spec.containers[0].lifecycle.preStop.sleep',
    ]);
    expect(findings[2]!.markerPath).toEqual(['spec', 'containers', 0, 'lifecycle', 'preStop', 'sleep', 'seconds']);
  });

  it('accepts sleep within the default grace period of 30 seconds (0 included), and complete hooks', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: proxy, image: envoy:1.31, restartPolicy: Always, lifecycle: {preStop: {sleep: {seconds: 0}}}}
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      postStart: {httpGet: {path: /warm, port: http}}
      preStop: {sleep: {seconds: 30}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
