import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceServiceBackendReadinessRule } from './practiceServiceBackendReadiness';

const file = (kind: string, container: string) => `
apiVersion: ${kind === 'Job' ? 'batch/v1' : 'apps/v1'}
kind: ${kind}
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [${container}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;

describe('practice/service-backend-readiness', () => {
  it('warns at the Service when the pods it selects have no readiness probe', () => {
    expect(
      findingKeys(file('Deployment', '{name: web, image: nginx:1.27}'), practiceServiceBackendReadinessRule),
    ).toEqual(['practice/service-backend-readiness @ spec.selector']);
  });

  it('stays quiet with a readiness probe, and for pods that run to completion', () => {
    const probed = '{name: web, image: nginx:1.27, readinessProbe: {tcpSocket: {port: 80}}}';
    expect(findingKeys(file('Deployment', probed), practiceServiceBackendReadinessRule)).toEqual([]);
    expect(findingKeys(file('Job', '{name: web, image: nginx:1.27}'), practiceServiceBackendReadinessRule)).toEqual([]);
  });
});
