import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiProbeHandlerRule } from './apiProbeHandler';

const typed = (yaml: string) =>
  findingsOf(yaml, apiProbeHandlerRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/probe-handler', () => {
  it('reports probes with no action, two actions, and incomplete actions', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe: {periodSeconds: 5}
    readinessProbe: {httpGet: {path: /ready, port: 8080}, tcpSocket: {port: 8080}}
    startupProbe: {exec: {command: []}}
  - name: api
    image: api:1.0
    livenessProbe: {httpGet: {port: "8080", scheme: http, httpHeaders: [{name: "X Trace", value: "1"}]}}
    readinessProbe: {tcpSocket: {port: 70000}}
    startupProbe: {grpc: {}}
`;
    expect(typed(yaml)).toEqual([
      'api/probe-handler Required @ spec.containers[0].livenessProbe',
      'api/probe-handler Forbidden @ spec.containers[0].readinessProbe.tcpSocket',
      'api/probe-handler Required @ spec.containers[0].startupProbe.exec.command',
      'api/probe-handler Invalid @ spec.containers[1].livenessProbe.httpGet.port',
      'api/probe-handler NotSupported @ spec.containers[1].livenessProbe.httpGet.scheme',
      'api/probe-handler Invalid @ spec.containers[1].livenessProbe.httpGet.httpHeaders',
      'api/probe-handler Invalid @ spec.containers[1].readinessProbe.tcpSocket.port',
      'api/probe-handler Invalid @ spec.containers[1].startupProbe.grpc.port',
    ]);
  });

  it('validates the probes of native sidecars like those of app containers', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: proxy, image: envoy:1.31, restartPolicy: Always, readinessProbe: {}}
      containers:
      - {name: app, image: nginx:1.27}
`;
    expect(typed(yaml)).toEqual(['api/probe-handler Required @ spec.template.spec.initContainers[0].readinessProbe']);
  });

  it('accepts complete probes on apps and sidecars, with named ports that need not be declared', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: proxy
    image: envoy:1.31
    restartPolicy: Always
    startupProbe: {tcpSocket: {port: admin}}
    livenessProbe: {httpGet: {path: /ready, port: 9901}}
  - {name: migrate, image: migrate:1.0}
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe: {httpGet: {port: http, scheme: HTTPS, httpHeaders: [{name: X-Probe, value: "1"}]}}
    readinessProbe: {exec: {command: [cat, /tmp/ready]}}
    startupProbe: {grpc: {port: 9090, service: health}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
