import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceProbeHttpsSchemeRule } from './practiceProbeHttpsScheme';

const proxy = (probe: string) => `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
      - name: kube-rbac-proxy
        image: quay.io/brancz/kube-rbac-proxy:v0.18.1
        ports: [{containerPort: 9100, name: https}, {containerPort: 8080, name: http}]
        readinessProbe: ${probe}
`;

describe('practice/probe-https-scheme', () => {
  it('reports a plain httpGet on a port named https, by name or by number', () => {
    expect(findingKeys(proxy('{httpGet: {path: /healthz, port: https}}'), practiceProbeHttpsSchemeRule)).toEqual([
      'practice/probe-https-scheme @ spec.template.spec.containers[0].readinessProbe.httpGet',
    ]);
    expect(findingKeys(proxy('{httpGet: {port: 9100, scheme: HTTP}}'), practiceProbeHttpsSchemeRule)).toHaveLength(1);
  });

  it('accepts scheme HTTPS, plain ports and TCP checks', () => {
    expect(findingKeys(proxy('{httpGet: {port: https, scheme: HTTPS}}'), practiceProbeHttpsSchemeRule)).toEqual([]);
    expect(findingKeys(proxy('{httpGet: {port: http}}'), practiceProbeHttpsSchemeRule)).toEqual([]);
    expect(findingKeys(proxy('{tcpSocket: {port: https}}'), practiceProbeHttpsSchemeRule)).toEqual([]);
  });
});
