import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { setEntityField } from './setEntityField';
import { OperationError } from './updatePodSpec';

describe('setEntityField', () => {
  const pod = makePod({
    containers: [
      makeContainer('web', {
        resources: { limits: { cpu: '1' } },
        volumeMounts: [{ name: 'data', mountPath: '/data' }],
      }),
      makeContainer('api'),
    ],
    volumes: [{ name: 'data', emptyDir: { medium: 'Memory' } }],
  });

  it('sets a field of a container, creating mappings on the way and sharing the rest', () => {
    const next = setEntityField(pod, 'container:web', ['resources', 'requests', 'memory'], '128Mi');
    const web = (podSpecOf(next).containers as unknown[])[0];
    expect(web).toMatchObject({ resources: { limits: { cpu: '1' }, requests: { memory: '128Mi' } } });
    expect((podSpecOf(next).containers as unknown[])[1]).toBe((podSpecOf(pod).containers as unknown[])[1]);
    expect(podSpecOf(next).volumes).toBe(podSpecOf(pod).volumes);
  });

  it('removes a field and the mappings it leaves empty', () => {
    const next = setEntityField(pod, 'container:web', ['resources', 'limits', 'cpu'], undefined);
    expect((podSpecOf(next).containers as unknown[])[0]).toEqual(
      makeContainer('web', { volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
    );
  });

  it('keeps the first segments asked for (a volume source stays even when empty)', () => {
    const next = setEntityField(pod, 'volume:data', ['emptyDir', 'medium'], undefined, 1);
    expect(podSpecOf(next).volumes).toEqual([{ name: 'data', emptyDir: {} }]);
  });

  it('removes a list item and the list when it empties; addresses mounts by index', () => {
    const next = setEntityField(pod, 'mount:web:0', ['readOnly'], true);
    expect((podSpecOf(next).containers as never[])[0]).toMatchObject({
      volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }],
    });
    const removed = setEntityField(pod, 'container:web', ['volumeMounts', 0], undefined);
    expect((podSpecOf(removed).containers as never[])[0]).not.toHaveProperty('volumeMounts');
  });

  it('returns the same workload when removing a field that is not there; refuses a missing entity', () => {
    expect(setEntityField(pod, 'container:api', ['workingDir'], undefined)).toBe(pod);
    expect(() => setEntityField(pod, 'container:nope', ['image'], 'x')).toThrow(OperationError);
  });

  it('edits the workload itself for the pod entity', () => {
    expect(setEntityField(pod, 'pod', ['metadata', 'namespace'], 'shop').metadata).toEqual({
      name: 'demo',
      namespace: 'shop',
    });
  });
});
