import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiEphemeralContainersRule } from './apiEphemeralContainers';

const typed = (yaml: string) =>
  findingsOf(yaml, apiEphemeralContainersRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/ephemeral-containers', () => {
  it('reports ephemeral containers in a new pod, with the fields they may never set', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes: [{name: data}]
  ephemeralContainers:
  - name: debug
    image: busybox:1.36
    targetContainerName: web
    ports: [{containerPort: 80}]
    readinessProbe: {tcpSocket: {port: 80}}
    volumeMounts: [{name: data, mountPath: /data, subPath: logs}]
`;
    expect(typed(yaml)).toEqual([
      'api/ephemeral-containers Forbidden @ spec.ephemeralContainers',
      'api/ephemeral-containers Forbidden @ spec.ephemeralContainers[0].ports',
      'api/ephemeral-containers Forbidden @ spec.ephemeralContainers[0].readinessProbe',
      'api/ephemeral-containers Forbidden @ spec.ephemeralContainers[0].volumeMounts[0].subPath',
      'api/ephemeral-containers NotFound @ spec.ephemeralContainers[0].targetContainerName',
    ]);
  });

  it('reports them in a pod template too, and accepts pods without them', () => {
    const template = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
      ephemeralContainers: [{name: debug, image: busybox:1.36, targetContainerName: app}]
`;
    expect(typed(template)).toEqual(['api/ephemeral-containers Forbidden @ spec.template.spec.ephemeralContainers']);
    expect(typed(template.replace(/ {6}ephemeralContainers.*\n/, ''))).toEqual([]);
  });
});
