import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeDeviceRule } from './apiVolumeDevice';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeDeviceRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-device', () => {
  it('reports devices of missing or non-claim volumes, repeated names and paths, and overlaps with mounts', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: block, mountPath: /dev/xvdb}
    volumeDevices:
    - {name: block, devicePath: /dev/xvda}
    - {name: scratch, devicePath: /dev/xvda}
    - {name: missing, devicePath: /dev/../xvdc}
    - {name: other, devicePath: /dev/xvdb}
  volumes:
  - {name: block, persistentVolumeClaim: {claimName: raw}}
  - {name: other, persistentVolumeClaim: {claimName: raw2}}
  - {name: scratch, emptyDir: {}}
`;
    expect(typed(yaml)).toEqual([
      'api/volume-device Invalid @ spec.containers[0].volumeMounts[0].name',
      'api/volume-device Invalid @ spec.containers[0].volumeMounts[0].mountPath',
      'api/volume-device Invalid @ spec.containers[0].volumeDevices[0].name',
      'api/volume-device Invalid @ spec.containers[0].volumeDevices[1].name',
      'api/volume-device Invalid @ spec.containers[0].volumeDevices[1].devicePath',
      'api/volume-device NotFound @ spec.containers[0].volumeDevices[2].name',
      'api/volume-device Invalid @ spec.containers[0].volumeDevices[2].devicePath',
      'api/volume-device Invalid @ spec.containers[0].volumeDevices[3].devicePath',
    ]);
  });

  it('accepts claim and ephemeral volumes as block devices', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    volumeDevices: [{name: block, devicePath: /dev/xvda}, {name: eph, devicePath: /dev/xvdb}]
    volumeMounts: [{name: logs, mountPath: /logs}]
  volumes:
  - {name: block, persistentVolumeClaim: {claimName: raw}}
  - name: eph
    ephemeral:
      volumeClaimTemplate:
        spec: {accessModes: [ReadWriteOnce], volumeMode: Block, resources: {requests: {storage: 1Gi}}}
  - {name: logs}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
