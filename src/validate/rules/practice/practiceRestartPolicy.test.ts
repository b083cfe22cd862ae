import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceRestartPolicyRule } from './practiceRestartPolicy';

describe('practice/restart-policy', () => {
  it('reports a serving pod that is never restarted', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;
    expect(findingKeys(yaml, practiceRestartPolicyRule)).toEqual(['practice/restart-policy @ spec.restartPolicy']);
  });

  it('accepts an omitted restartPolicy (it defaults to Always), tasks, and Jobs', () => {
    const omitted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;
    const task = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 15001}]}]
  containers: [{name: task, image: busybox:1.36}]
`;
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: web, image: nginx:1.27, ports: [{containerPort: 80}]}]
`;
    expect(findingKeys(omitted, practiceRestartPolicyRule)).toEqual([]);
    expect(findingKeys(task, practiceRestartPolicyRule)).toEqual([]);
    expect(findingKeys(job, practiceRestartPolicyRule)).toEqual([]);
  });
});
