import { describe, expect, it } from 'vitest';
import { describePorts, describeProbes, describeResources } from './describeContainer';

describe('describeContainer', () => {
  it('writes requests and limits in short form', () => {
    const container = {
      name: 'web',
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    };
    expect(describeResources(container)).toBe('cpu 100m/500m · mem 128Mi/256Mi');
    expect(describeResources({ name: 'web', resources: { limits: { memory: '1Gi' } } })).toBe('mem ≤1Gi');
    expect(describeResources({ name: 'web' })).toBeNull();
  });

  it('lists ports with their protocol when it is not TCP, and their names', () => {
    expect(
      describePorts({
        name: 'dns',
        ports: [{ containerPort: 53, protocol: 'UDP', name: 'dns' }, { containerPort: 8080 }],
      }),
    ).toEqual([
      { label: '53/UDP', name: 'dns' },
      { label: '8080', name: null },
    ]);
  });

  it('names each probe with its handler', () => {
    const container = {
      name: 'web',
      livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
      readinessProbe: { tcpSocket: { port: 5432 } },
      startupProbe: { exec: { command: ['cat', '/tmp/ready'] } },
    };
    expect(describeProbes(container).map((probe) => `${probe.label}: ${probe.handler}`)).toEqual([
      'Liveness: HTTP /healthz:8080',
      'Readiness: TCP 5432',
      'Startup: exec cat /tmp/ready',
    ]);
    expect(describeProbes({ name: 'x', livenessProbe: { grpc: { port: 9000 } } })[0]?.handler).toBe('gRPC 9000');
  });
});
