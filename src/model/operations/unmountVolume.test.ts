import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { unmountVolume } from './unmountVolume';
import { OperationError } from './updatePodSpec';

describe('unmountVolume', () => {
  const mounts = [
    { name: 'data', mountPath: '/data' },
    { name: 'cache', mountPath: '/cache' },
  ];
  const pod = makePod({ containers: [makeContainer('web', { volumeMounts: mounts })] });
  const mountsOf = (next: typeof pod) => (podSpecOf(next).containers as { volumeMounts?: unknown }[])[0]!.volumeMounts;

  it('removes the mount at the index', () => {
    expect(mountsOf(unmountVolume(pod, 'web', 0))).toEqual([{ name: 'cache', mountPath: '/cache' }]);
  });

  it('removes the list with its last mount', () => {
    expect(mountsOf(unmountVolume(unmountVolume(pod, 'web', 1), 'web', 0))).toBeUndefined();
  });

  it('refuses an index with no mount', () => {
    expect(() => unmountVolume(pod, 'web', 2)).toThrow(OperationError);
  });
});
