import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { pssVolumeTypesRule } from './pssVolumeTypes';

describe('pss/volume-types', () => {
  it('reports volume types outside the Restricted list, leaving hostPath to Baseline', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: nginx:1.27}]
  volumes:
  - {name: nfs, nfs: {server: nfs.example.com, path: /exports}}
  - {name: host, hostPath: {path: /var/log}}
  - {name: disk, awsElasticBlockStore: {volumeID: vol-1}}
  - {name: repo, gitRepo: {repository: "https://example.com/repo.git"}}
`;
    expect(findingKeys(yaml, pssVolumeTypesRule)).toEqual([
      'pss/volume-types @ spec.volumes[0].nfs',
      'pss/volume-types @ spec.volumes[2].awsElasticBlockStore',
      'pss/volume-types @ spec.volumes[3].gitRepo',
    ]);
    expect(findingsOf(yaml, pssVolumeTypesRule).map((f) => [f.severity, f.securityControl])).toContainEqual([
      'info',
      { level: 'restricted', control: 'Volume Types' },
    ]);
  });

  it('accepts the allowed types, a volume with no source (emptyDir) and image volumes', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: nginx:1.27}]
  volumes:
  - {name: a, configMap: {name: c}}
  - {name: b, secret: {secretName: s}}
  - {name: c, emptyDir: {}}
  - {name: d, persistentVolumeClaim: {claimName: data}}
  - {name: e, projected: {sources: []}}
  - {name: f, downwardAPI: {items: []}}
  - {name: g, csi: {driver: secrets-store.csi.k8s.io}}
  - {name: h, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}}}
  - {name: i, image: {reference: "quay.io/crio/artifact:v2"}}
  - {name: j}
`;
    expect(findingKeys(yaml, pssVolumeTypesRule)).toEqual([]);
  });
});
