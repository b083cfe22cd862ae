import { describe, expect, it } from 'vitest';
import { describeVolume } from './describeVolume';

describe('describeVolume', () => {
  it('names the source type and what it points at', () => {
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ name: 'a', emptyDir: {} }, 'emptyDir', null],
      [{ name: 'a', configMap: { name: 'settings' } }, 'configMap', 'settings'],
      [{ name: 'a', secret: { secretName: 'tls' } }, 'secret', 'tls'],
      [{ name: 'a', hostPath: { path: '/var/log' } }, 'hostPath', '/var/log'],
      [{ name: 'a', persistentVolumeClaim: { claimName: 'data' } }, 'persistentVolumeClaim', 'data'],
      [
        { name: 'a', projected: { sources: [{ configMap: { name: 'x' } }, { serviceAccountToken: { path: 't' } }] } },
        'projected',
        'configMap + serviceAccountToken',
      ],
      [{ name: 'a', downwardAPI: { items: [] } }, 'downwardAPI', null],
      [
        { name: 'a', ephemeral: { volumeClaimTemplate: { spec: { resources: { requests: { storage: '1Gi' } } } } } },
        'ephemeral',
        '1Gi claim',
      ],
      [{ name: 'a', image: { reference: 'registry/data:1' } }, 'image', 'registry/data:1'],
      [{ name: 'a', nfs: { server: 'nfs.local', path: '/' } }, 'nfs', null],
      [{ name: 'a', someFutureSource: {} }, 'someFutureSource', null],
    ];
    for (const [volume, type, detail] of cases) {
      const summary = describeVolume(volume as never);
      expect(summary).toEqual({ type, detail });
    }
  });

  it('says when an emptyDir lives in memory and how big it may grow', () => {
    expect(describeVolume({ name: 'a', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }).detail).toBe(
      'in memory, ≤ 64Mi',
    );
  });
});
