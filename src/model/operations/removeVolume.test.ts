import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { removeVolume } from './removeVolume';
import { OperationError } from './updatePodSpec';

describe('removeVolume', () => {
  const pod = makePod({
    initContainers: [makeContainer('setup', { volumeMounts: [{ name: 'data', mountPath: '/data' }] })],
    containers: [
      makeContainer('web', {
        volumeMounts: [
          { name: 'data', mountPath: '/data' },
          { name: 'cache', mountPath: '/cache' },
        ],
        volumeDevices: [{ name: 'data', devicePath: '/dev/xvda' }],
      }),
      makeContainer('api'),
    ],
    volumes: [
      { name: 'data', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
    ],
  });

  it('removes the volume and every mount and device of it, dropping lists that empty', () => {
    const next = podSpecOf(removeVolume(pod, 'data'));
    expect(next.volumes).toEqual([{ name: 'cache', emptyDir: {} }]);
    expect(next.initContainers).toEqual([makeContainer('setup')]);
    expect(next.containers).toEqual([
      makeContainer('web', { volumeMounts: [{ name: 'cache', mountPath: '/cache' }] }),
      makeContainer('api'),
    ]);
    expect((next.containers as unknown[])[1]).toBe((podSpecOf(pod).containers as unknown[])[1]);
  });

  it('removes the volume list when it empties', () => {
    expect(podSpecOf(removeVolume(removeVolume(pod, 'data'), 'cache'))).not.toHaveProperty('volumes');
  });

  it('refuses a name no volume has', () => {
    expect(() => removeVolume(pod, 'nope')).toThrow(OperationError);
  });
});
