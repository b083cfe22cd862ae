import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { removeProbe } from './removeProbe';
import { setProbe } from './setProbe';
import { OperationError } from './updatePodSpec';

describe('setProbe and removeProbe', () => {
  const pod = makePod({
    initContainers: [makeContainer('log', { restartPolicy: 'Always' })],
    containers: [makeContainer('web')],
  });
  const httpGet = { httpGet: { path: '/healthz', port: 8080 } };

  it('adds a probe to an app container or a sidecar, and replaces it in place', () => {
    const withProbes = setProbe(setProbe(pod, 'web', 'readinessProbe', httpGet), 'log', 'startupProbe', httpGet);
    expect(podSpecOf(withProbes).containers).toEqual([makeContainer('web', { readinessProbe: httpGet })]);
    expect(podSpecOf(withProbes).initContainers).toEqual([
      makeContainer('log', { restartPolicy: 'Always', startupProbe: httpGet }),
    ]);
    const replaced = setProbe(withProbes, 'web', 'readinessProbe', { tcpSocket: { port: 8080 } });
    expect(podSpecOf(replaced).containers).toEqual([
      makeContainer('web', { readinessProbe: { tcpSocket: { port: 8080 } } }),
    ]);
  });

  it('removes a probe, and returns the workload itself when there is none', () => {
    const withProbe = setProbe(pod, 'web', 'livenessProbe', httpGet);
    expect(podSpecOf(removeProbe(withProbe, 'web', 'livenessProbe')).containers).toEqual([makeContainer('web')]);
    expect(removeProbe(pod, 'web', 'livenessProbe')).toBe(pod);
  });

  it('refuses an unknown container', () => {
    expect(() => setProbe(pod, 'nope', 'livenessProbe', httpGet)).toThrow(OperationError);
    expect(() => removeProbe(pod, 'nope', 'livenessProbe')).toThrow(OperationError);
  });
});
