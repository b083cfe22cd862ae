import { describe, expect, it } from 'vitest';
import { defaultMountPath } from './defaultMountPath';

describe('defaultMountPath', () => {
  it('mounts under /mnt by the volume name', () => {
    expect(defaultMountPath({ name: 'web' }, 'cache')).toBe('/mnt/cache');
  });

  it('picks a path the container does not use yet', () => {
    const container = {
      name: 'web',
      volumeMounts: [
        { name: 'cache', mountPath: '/mnt/cache' },
        { name: 'x', mountPath: '/mnt/cache-2' },
      ],
    };
    expect(defaultMountPath(container, 'cache')).toBe('/mnt/cache-3');
  });
});
