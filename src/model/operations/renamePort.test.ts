import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { renamePort } from './renamePort';
import { OperationError } from './updatePodSpec';

describe('renamePort', () => {
  const web = makeContainer('web', {
    ports: [
      { name: 'http', containerPort: 8080 },
      { name: 'admin', containerPort: 9090 },
    ],
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    livenessProbe: { tcpSocket: { port: 'http' } },
    startupProbe: { httpGet: { path: '/', port: 'admin' } },
    lifecycle: { preStop: { httpGet: { path: '/stop', port: 'http' } } },
  });
  const other = makeContainer('other', { readinessProbe: { httpGet: { port: 'http' } } });
  const pod = makePod({ containers: [web, other] });
  const container = (workload: typeof pod, index = 0) =>
    (podSpecOf(workload).containers as unknown[])[index] as Record<string, unknown>;

  it('renames the port and every probe and hook of its container that names it', () => {
    const next = container(renamePort(pod, 'web', 0, 'web'));
    expect(next.ports).toEqual([
      { name: 'web', containerPort: 8080 },
      { name: 'admin', containerPort: 9090 },
    ]);
    expect(next.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 'web' } });
    expect(next.livenessProbe).toEqual({ tcpSocket: { port: 'web' } });
    expect(next.lifecycle).toEqual({ preStop: { httpGet: { path: '/stop', port: 'web' } } });
    expect(next.startupProbe).toBe(web.startupProbe);
  });

  it('leaves other containers alone (a port name is local to its container)', () => {
    const next = renamePort(pod, 'web', 0, 'web');
    expect(container(next, 1)).toBe(other);
  });

  it('turns references into the number when the name is cleared', () => {
    const next = container(renamePort(pod, 'web', 0, ''));
    expect(next.ports).toEqual([{ containerPort: 8080 }, { name: 'admin', containerPort: 9090 }]);
    expect(next.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 8080 } });
  });

  it('refuses a name another port of the container has, and a missing port', () => {
    expect(() => renamePort(pod, 'web', 0, 'admin')).toThrow(OperationError);
    expect(() => renamePort(pod, 'web', 5, 'x')).toThrow(OperationError);
    expect(renamePort(pod, 'web', 0, 'http')).toBe(pod);
  });
});
