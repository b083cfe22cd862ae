import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeEphemeralRule } from './apiVolumeEphemeral';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeEphemeralRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-ephemeral', () => {
  it('reports a missing template, access modes and storage, and metadata besides labels', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - {name: a, ephemeral: {}}
  - name: b
    ephemeral:
      volumeClaimTemplate:
        metadata: {name: fixed, labels: {app: web}}
        spec: {accessModes: [ReadWriteOncePod, ReadWriteOnce, Sometimes]}
  - name: c
    ephemeral:
      volumeClaimTemplate:
        spec: {resources: {requests: {storage: "0"}}}
`;
    expect(typed(yaml)).toEqual([
      'api/volume-ephemeral Required @ spec.volumes[0].ephemeral.volumeClaimTemplate',
      'api/volume-ephemeral Forbidden @ spec.volumes[1].ephemeral.volumeClaimTemplate.metadata.name',
      'api/volume-ephemeral NotSupported @ spec.volumes[1].ephemeral.volumeClaimTemplate.spec.accessModes',
      'api/volume-ephemeral Forbidden @ spec.volumes[1].ephemeral.volumeClaimTemplate.spec.accessModes',
      'api/volume-ephemeral Required @ spec.volumes[1].ephemeral.volumeClaimTemplate.spec.resources.storage',
      'api/volume-ephemeral Required @ spec.volumes[2].ephemeral.volumeClaimTemplate.spec.accessModes',
      'api/volume-ephemeral Invalid @ spec.volumes[2].ephemeral.volumeClaimTemplate.spec.resources.storage',
    ]);
  });

  it('reports a claim volume that uses the claim an ephemeral volume creates, and a generated claim name that is invalid', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - name: scratch
    ephemeral:
      volumeClaimTemplate:
        spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
  - {name: data, persistentVolumeClaim: {claimName: web-scratch}}
  - name: Cache
    ephemeral:
      volumeClaimTemplate:
        spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;
    expect(typed(yaml)).toEqual([
      'api/volume-ephemeral Invalid @ spec.volumes[2].name',
      'api/volume-ephemeral Invalid @ spec.volumes[1].persistentVolumeClaim.claimName',
    ]);
  });

  it('accepts a complete claim template in a Deployment (no pod name to derive claim names from)', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
      volumes:
      - name: Scratch
        ephemeral:
          volumeClaimTemplate:
            metadata: {labels: {type: scratch}}
            spec: {accessModes: [ReadWriteOnce], storageClassName: fast, resources: {requests: {storage: 1Gi}}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
