import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { practicePriorityClassRule } from './practicePriorityClass';

const deployment = (extra: string, namespace = 'shop'): string => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: ${namespace}}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      ${extra}
      containers: [{name: web, image: nginx:1.27}]
`;

describe('practice/priority-class', () => {
  it('suggests (info) a priority class for long-running controllers', () => {
    expect(findingKeys(deployment(''), practicePriorityClassRule)).toEqual([
      'practice/priority-class @ spec.template.spec.priorityClassName',
    ]);
    expect(findingsOf(deployment(''), practicePriorityClassRule)[0]!.severity).toBe('info');
  });

  it('warns about system classes outside kube-system', () => {
    const yaml = deployment('priorityClassName: system-node-critical');
    expect(findingsOf(yaml, practicePriorityClassRule).map((f) => f.severity)).toEqual(['warning']);
    expect(
      findingKeys(deployment('priorityClassName: system-node-critical', 'kube-system'), practicePriorityClassRule),
    ).toEqual([]);
  });

  it('accepts a named class, and gives no advice to bare Pods and Jobs', () => {
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: t, image: t:1}]
`;
    expect(findingKeys(deployment('priorityClassName: shop-high'), practicePriorityClassRule)).toEqual([]);
    expect(findingKeys(job, practicePriorityClassRule)).toEqual([]);
  });
});
