import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { renameVolume } from './renameVolume';
import { OperationError } from './updatePodSpec';

describe('renameVolume', () => {
  const pod = makePod({
    containers: [
      makeContainer('web', {
        volumeMounts: [{ name: 'data', mountPath: '/data' }],
        volumeDevices: [{ name: 'data', devicePath: '/dev/xvda' }],
      }),
      makeContainer('api'),
    ],
    volumes: [
      { name: 'data', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
    ],
  });

  it('renames the volume and every mount and device that names it', () => {
    const next = podSpecOf(renameVolume(pod, 'data', 'storage'));
    expect(next.volumes).toEqual([
      { name: 'storage', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
    ]);
    expect((next.containers as unknown[])[0]).toEqual(
      makeContainer('web', {
        volumeMounts: [{ name: 'storage', mountPath: '/data' }],
        volumeDevices: [{ name: 'storage', devicePath: '/dev/xvda' }],
      }),
    );
    expect((next.containers as unknown[])[1]).toBe((podSpecOf(pod).containers as unknown[])[1]);
  });

  it('refuses a name another volume has, and an unknown volume; does nothing for the same name', () => {
    expect(() => renameVolume(pod, 'data', 'cache')).toThrow(OperationError);
    expect(() => renameVolume(pod, 'nope', 'x')).toThrow(OperationError);
    expect(renameVolume(pod, 'data', 'data')).toBe(pod);
  });
});
