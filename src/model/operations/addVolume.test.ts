import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { addVolume } from './addVolume';
import { OperationError } from './updatePodSpec';

describe('addVolume', () => {
  const pod = makePod({ containers: [makeContainer('web')] });

  it('appends a volume, creating the list', () => {
    const next = addVolume(addVolume(pod, { name: 'cache', emptyDir: {} }), {
      name: 'config',
      configMap: { name: 'settings' },
    });
    expect(podSpecOf(next).volumes).toEqual([
      { name: 'cache', emptyDir: {} },
      { name: 'config', configMap: { name: 'settings' } },
    ]);
    expect(podSpecOf(next).containers).toBe(podSpecOf(pod).containers);
  });

  it('refuses a name another volume has', () => {
    expect(() => addVolume(addVolume(pod, { name: 'cache', emptyDir: {} }), { name: 'cache', emptyDir: {} })).toThrow(
      OperationError,
    );
  });
});
