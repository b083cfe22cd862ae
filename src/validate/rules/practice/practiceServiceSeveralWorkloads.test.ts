import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceServiceSeveralWorkloadsRule } from './practiceServiceSeveralWorkloads';

const workload = (name: string, labels: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  selector: {matchLabels: ${labels}}
  template:
    metadata: {labels: ${labels}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
`;
const service = (selector: string) => `---
apiVersion: v1
kind: Service
metadata: {name: shop}
spec:
  selector: ${selector}
  ports: [{port: 80}]
`;

describe('practice/service-several-workloads', () => {
  const file = workload('web', '{part-of: shop, name: web}') + workload('api', '{part-of: shop, name: api}');

  it('warns when the selector matches the pods of two workloads', () => {
    expect(findingKeys(file + service('{part-of: shop}'), practiceServiceSeveralWorkloadsRule)).toEqual([
      'practice/service-several-workloads @ spec.selector',
    ]);
  });

  it('stays quiet for a selector that singles one workload out', () => {
    expect(findingKeys(file + service('{part-of: shop, name: web}'), practiceServiceSeveralWorkloadsRule)).toEqual([]);
  });
});
