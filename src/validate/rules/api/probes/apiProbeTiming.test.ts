import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiProbeTimingRule } from './apiProbeTiming';

const typed = (yaml: string) =>
  findingsOf(yaml, apiProbeTimingRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/probe-timing', () => {
  it('reports negative timings, successThreshold other than 1 on liveness/startup, and grace periods', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe: {tcpSocket: {port: 80}, successThreshold: 3, periodSeconds: -5, terminationGracePeriodSeconds: 0}
    readinessProbe: {tcpSocket: {port: 80}, successThreshold: 3, terminationGracePeriodSeconds: 10}
  initContainers:
  - {name: sidecar, image: proxy:1.0, restartPolicy: Always, startupProbe: {tcpSocket: {port: 80}, successThreshold: 2}}
`;
    expect(typed(yaml)).toEqual([
      'api/probe-timing Invalid @ spec.initContainers[0].startupProbe.successThreshold',
      'api/probe-timing Invalid @ spec.containers[0].livenessProbe.periodSeconds',
      'api/probe-timing Invalid @ spec.containers[0].livenessProbe.successThreshold',
      'api/probe-timing Invalid @ spec.containers[0].livenessProbe.terminationGracePeriodSeconds',
      'api/probe-timing Invalid @ spec.containers[0].readinessProbe.terminationGracePeriodSeconds',
    ]);
  });

  it('fixes successThreshold to 1', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: app, image: nginx:1.27, livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}}
`;
    const [finding] = findingsOf(yaml, apiProbeTimingRule);
    expect(finding?.fix?.label).toBe('Set successThreshold to 1');
    expect(
      getAtPath(finding!.fix!.apply(manifestFromYaml(yaml))[0]!, [
        'spec',
        'containers',
        0,
        'livenessProbe',
        'successThreshold',
      ]),
    ).toBe(1);
  });

  it('accepts zeros (defaulted), readiness thresholds above 1 and positive grace periods', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: sidecar, image: proxy:1.0, restartPolicy: Always, livenessProbe: {tcpSocket: {port: 80}, successThreshold: 0, timeoutSeconds: 0}}
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe: {tcpSocket: {port: 80}, successThreshold: 1, terminationGracePeriodSeconds: 5}
    readinessProbe: {tcpSocket: {port: 80}, successThreshold: 3, failureThreshold: 10, initialDelaySeconds: 0}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
