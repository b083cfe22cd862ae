import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { duplicateContainer } from './duplicateContainer';
import { OperationError } from './updatePodSpec';

const names = (workload: ReturnType<typeof makePod>, key: 'containers' | 'initContainers') =>
  ((podSpecOf(workload)[key] ?? []) as { name: string }[]).map((container) => container.name);

describe('duplicateContainer', () => {
  const pod = makePod({
    initContainers: [makeContainer('setup'), makeContainer('log', { restartPolicy: 'Always' })],
    containers: [makeContainer('web', { ports: [{ containerPort: 80 }] }), makeContainer('worker')],
  });

  it('puts a copy with a unique name right after the original', () => {
    const result = duplicateContainer(pod, 'web');
    expect(result.name).toBe('web-2');
    expect(names(result.workload, 'containers')).toEqual(['web', 'web-2', 'worker']);
    const copy = (podSpecOf(result.workload).containers as Record<string, unknown>[])[1]!;
    expect(copy.image).toBe('web:1.0');
    expect(copy.ports).toEqual([{ containerPort: 80 }]);
  });

  it('keeps the role: a copied sidecar is a sidecar, a copied init container runs next', () => {
    const sidecar = duplicateContainer(pod, 'log');
    expect(names(sidecar.workload, 'initContainers')).toEqual(['setup', 'log', 'log-2']);
    expect((podSpecOf(sidecar.workload).initContainers as Record<string, unknown>[])[2]!.restartPolicy).toBe('Always');
    expect(names(duplicateContainer(pod, 'setup').workload, 'initContainers')).toEqual(['setup', 'setup-2', 'log']);
  });

  it('numbers copies of copies from the base name', () => {
    const twice = duplicateContainer(duplicateContainer(pod, 'web').workload, 'web-2');
    expect(twice.name).toBe('web-3');
  });

  it('works inside a pod template and leaves the original untouched', () => {
    const deployment = makeDeployment({ containers: [makeContainer('api')] });
    const result = duplicateContainer(deployment, 'api');
    expect(names(result.workload, 'containers')).toEqual(['api', 'api-2']);
    expect(names(deployment, 'containers')).toEqual(['api']);
  });

  it('refuses a container that does not exist', () => {
    expect(() => duplicateContainer(pod, 'nope')).toThrow(OperationError);
  });
});
