import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceDefaultContainerRule } from './practiceDefaultContainer';

const deployment = (defaultContainer: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: exporter}
spec:
  selector: {matchLabels: {app: exporter}}
  template:
    metadata:
      labels: {app: exporter}
      annotations:
        kubectl.kubernetes.io/default-container: ${defaultContainer}
    spec:
      containers:
      - {name: node-exporter, image: quay.io/prometheus/node-exporter:v1.8.2}
      - {name: kube-rbac-proxy, image: quay.io/brancz/kube-rbac-proxy:v0.18.1}
`;

describe('practice/default-container', () => {
  it('reports a default container the pod does not have (a renamed one)', () => {
    expect(findingKeys(deployment('exporter'), practiceDefaultContainerRule)).toEqual([
      'practice/default-container @ spec.template.metadata.annotations[kubectl.kubernetes.io/default-container]',
    ]);
  });

  it('accepts a default container of the pod', () => {
    expect(findingKeys(deployment('kube-rbac-proxy'), practiceDefaultContainerRule)).toEqual([]);
  });
});
