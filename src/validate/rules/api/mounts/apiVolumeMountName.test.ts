import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeMountNameRule } from './apiVolumeMountName';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeMountNameRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-mount-name', () => {
  it('reports mounts of missing volumes, of invalid volumes, and without a name', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - {name: log-shipper, image: fluent-bit:3.1, restartPolicy: Always, volumeMounts: [{name: logs, mountPath: /logs}]}
  containers:
  - name: app
    image: nginx:1.27
    volumeMounts:
    - {name: data, mountPath: /data}
    - {name: config, mountPath: /etc/app}
    - {mountPath: /tmp}
  volumes:
  - {name: config, configMap: {}}
`;
    const findings = findingsOf(yaml, apiVolumeMountNameRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-mount-name NotFound @ spec.initContainers[0].volumeMounts[0].name',
      'api/volume-mount-name NotFound @ spec.containers[0].volumeMounts[0].name',
      'api/volume-mount-name NotFound @ spec.containers[0].volumeMounts[1].name',
      'api/volume-mount-name Required @ spec.containers[0].volumeMounts[2].name',
      'api/volume-mount-name NotFound @ spec.containers[0].volumeMounts[2].name',
    ]);
    expect(findings[2]!.message).toContain('itself invalid');
  });

  it('accepts mounts of declared volumes, defaulted ones, and StatefulSet claim templates', () => {
    const yaml = `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  selector: {matchLabels: {app: db}}
  serviceName: db
  template:
    metadata: {labels: {app: db}}
    spec:
      initContainers:
      - {name: proxy, image: envoy:1.31, restartPolicy: Always, volumeMounts: [{name: scratch, mountPath: /tmp}]}
      containers:
      - name: db
        image: postgres:17
        volumeMounts: [{name: data, mountPath: /var/lib/postgresql}, {name: scratch, mountPath: /tmp}]
      volumes:
      - name: scratch
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
