import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import type { JsonObject } from '../jsonValue';
import { podSpecOf } from '../workloads';
import { removeEntities } from './removeEntities';

describe('removeEntities', () => {
  const pod = makePod({
    containers: [
      makeContainer('web', { image: 'first', volumeMounts: [{ name: 'a', mountPath: '/a' }] }),
      makeContainer('web', {
        image: 'second',
        volumeMounts: [
          { name: 'a', mountPath: '/a' },
          { name: 'b', mountPath: '/b' },
        ],
      }),
    ],
    volumes: [
      { name: 'a', emptyDir: {} },
      { name: 'b', emptyDir: {} },
      { name: 'b', emptyDir: { medium: 'Memory' } },
    ],
  });

  it('removes the second of two containers of one name, not the first', () => {
    const spec = podSpecOf(removeEntities(pod, ['container#2:web']));
    expect(spec.containers).toEqual([(podSpecOf(pod).containers as JsonObject[])[0]]);
  });

  it('removes a mount of the second container of a name', () => {
    const spec = podSpecOf(removeEntities(pod, ['mount#2:web:0']));
    expect((spec.containers as { volumeMounts: unknown[] }[]).map((container) => container.volumeMounts)).toEqual([
      [{ name: 'a', mountPath: '/a' }],
      [{ name: 'b', mountPath: '/b' }],
    ]);
  });

  it('removes containers, mounts and volumes together, last first, so every id still means what it did', () => {
    const spec = podSpecOf(removeEntities(pod, ['container:web', 'container#2:web', 'mount#2:web:1', 'volume#2:b']));
    expect(spec.containers).toEqual([]);
    expect(spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', emptyDir: {} },
    ]);
  });

  it('keeps the mounts of a name while another volume still has it', () => {
    const spec = podSpecOf(removeEntities(pod, ['volume:b']));
    expect(spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', emptyDir: { medium: 'Memory' } },
    ]);
    expect((spec.containers as { volumeMounts: unknown[] }[])[1]!.volumeMounts).toHaveLength(2);
  });
});
