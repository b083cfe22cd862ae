import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import { formatResourceQuantity } from './formatResourceQuantity';
import { podResources } from './podResources';
import { qosClass } from './qosClass';

const container = (name: string, requests?: JsonObject, limits?: JsonObject, sidecar = false): JsonObject => ({
  name,
  image: 'x',
  ...(sidecar ? { restartPolicy: 'Always' } : {}),
  resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) },
});

function summary(spec: JsonObject) {
  return Object.fromEntries(
    podResources(spec).map((line) => [
      line.resource,
      {
        request: formatResourceQuantity(line.resource, line.request),
        limit: line.limit === null ? null : formatResourceQuantity(line.resource, line.limit),
        peak: line.initPeak?.container ?? null,
      },
    ]),
  );
}

describe('podResources', () => {
  it('sums app containers and takes the larger of that and the largest init container', () => {
    const spec = {
      initContainers: [container('migrate', { cpu: '2', memory: '64Mi' })],
      containers: [container('a', { cpu: '500m', memory: '128Mi' }), container('b', { cpu: '250m', memory: '128Mi' })],
    };
    expect(summary(spec)).toEqual({
      cpu: { request: '2', limit: null, peak: 'migrate' },
      memory: { request: '256Mi', limit: null, peak: 'migrate' },
    });
  });

  it('adds native sidecars to the app containers and to the init steps after them (KEP-753)', () => {
    const spec = {
      initContainers: [
        container('early', { cpu: '1' }),
        container('mesh', { cpu: '300m' }, undefined, true),
        container('late', { cpu: '900m' }),
      ],
      containers: [container('app', { cpu: '500m' })],
    };
    // running: 500m + 300m = 800m; init steps: early 1, mesh 300m, late 900m + 300m = 1200m.
    const [cpu] = podResources(spec);
    expect(formatResourceQuantity('cpu', cpu!.running)).toBe('800m');
    expect(cpu!.initPeak).toEqual({ millis: 1_200n, container: 'late', sidecarsBefore: ['mesh'] });
    expect(formatResourceQuantity('cpu', cpu!.request)).toBe('1200m');
  });

  it('defaults requests to limits, adds pod overhead, and has a limit only when every container sets one', () => {
    const spec = {
      overhead: { cpu: '250m', memory: '120Mi' },
      containers: [
        container('a', undefined, { cpu: '1', memory: '1Gi' }),
        container('b', { memory: '1Gi' }, { cpu: '1' }),
      ],
    };
    expect(summary(spec)).toEqual({
      cpu: { request: '2250m', limit: '2250m', peak: null },
      memory: { request: '2168Mi', limit: null, peak: null },
    });
    expect(podResources(spec).find((line) => line.resource === 'memory')!.containersWithoutLimit).toEqual(['b']);
  });
});

describe('qosClass', () => {
  it('is BestEffort when nobody asks for CPU or memory', () => {
    expect(qosClass({ containers: [container('a'), container('b', { 'ephemeral-storage': '1Gi' })] }).qosClass).toBe(
      'BestEffort',
    );
  });

  it('is Guaranteed when every container limits CPU and memory and requests equal limits', () => {
    const spec = {
      initContainers: [container('init', undefined, { cpu: '100m', memory: '64Mi' })],
      containers: [container('a', { cpu: '0.5', memory: '128Mi' }, { cpu: '500m', memory: '128Mi' })],
    };
    expect(qosClass(spec).qosClass).toBe('Guaranteed');
  });

  it('is Burstable with the reason: a missing limit, including in an init container or sidecar', () => {
    const spec = {
      initContainers: [container('mesh', { cpu: '100m' }, undefined, true)],
      containers: [container('a', undefined, { cpu: '1', memory: '1Gi' })],
    };
    expect(qosClass(spec)).toEqual({
      qosClass: 'Burstable',
      reason: expect.stringContaining('Container mesh sets no CPU or memory limit'),
    });
  });

  it('is Burstable with the reason: a request below its limit', () => {
    const spec = { containers: [container('a', { cpu: '250m', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })] };
    expect(qosClass(spec)).toEqual({
      qosClass: 'Burstable',
      reason: expect.stringContaining('requests 250m CPU but may use up to 1'),
    });
  });
});
