import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { mountVolume } from './mountVolume';
import { OperationError } from './updatePodSpec';

describe('mountVolume', () => {
  const pod = makePod({ containers: [makeContainer('web')], volumes: [{ name: 'data', emptyDir: {} }] });

  it('appends a mount with its keys in reading order', () => {
    const next = mountVolume(pod, 'web', { subPath: 'app', readOnly: true, mountPath: '/data', name: 'data' });
    const mounts = (podSpecOf(next).containers as { volumeMounts: object[] }[])[0]!.volumeMounts;
    expect(mounts).toEqual([{ name: 'data', mountPath: '/data', readOnly: true, subPath: 'app' }]);
    expect(Object.keys(mounts[0]!)).toEqual(['name', 'mountPath', 'readOnly', 'subPath']);
  });

  it('leaves out readOnly and subPath when not set', () => {
    const next = mountVolume(pod, 'web', { name: 'data', mountPath: '/data', readOnly: false });
    expect((podSpecOf(next).containers as { volumeMounts: object[] }[])[0]!.volumeMounts).toEqual([
      { name: 'data', mountPath: '/data' },
    ]);
  });

  it('refuses a second mount at the same path, and an unknown container', () => {
    const mounted = mountVolume(pod, 'web', { name: 'data', mountPath: '/data' });
    expect(() => mountVolume(mounted, 'web', { name: 'data', mountPath: '/data' })).toThrow(
      '"web" already mounts something at /data.',
    );
    expect(() => mountVolume(pod, 'nope', { name: 'data', mountPath: '/data' })).toThrow(OperationError);
  });
});
