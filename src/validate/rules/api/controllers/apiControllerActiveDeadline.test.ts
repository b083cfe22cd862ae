import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiControllerActiveDeadlineRule } from './apiControllerActiveDeadline';

describe('api/controller-active-deadline', () => {
  it('reports activeDeadlineSeconds in a DaemonSet template', () => {
    const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      activeDeadlineSeconds: 600
      containers: [{name: agent, image: agent:1.0}]
`;
    const findings = findingsOf(yaml, apiControllerActiveDeadlineRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/controller-active-deadline Forbidden @ spec.template.spec.activeDeadlineSeconds',
    ]);
    expect(findings[0]!.fix?.label).toBe('Remove activeDeadlineSeconds');
  });

  it('accepts a deadline on a Job and on a Pod', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      activeDeadlineSeconds: 600
      restartPolicy: Never
      containers: [{name: app, image: app:1.0}]
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {activeDeadlineSeconds: 60, containers: [{name: a, image: b}]}
`;
    expect(findingsOf(yaml, apiControllerActiveDeadlineRule)).toEqual([]);
  });
});
