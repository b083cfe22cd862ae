import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiControllerCountsRule } from './apiControllerCounts';

const typed = (yaml: string) =>
  findingsOf(yaml, apiControllerCountsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/controller-counts', () => {
  it('reports negative replicas and counts, and a progress deadline within minReadySeconds', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: -1
  minReadySeconds: 900
  revisionHistoryLimit: -3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: b}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@hourly"
  failedJobsHistoryLimit: -1
  jobTemplate:
    spec:
      completions: -2
      template:
        spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(yaml)).toEqual([
      'api/controller-counts Invalid @ spec.replicas',
      'api/controller-counts Invalid @ spec.revisionHistoryLimit',
      'api/controller-counts Invalid @ spec.progressDeadlineSeconds',
      'api/controller-counts Invalid @ spec.failedJobsHistoryLimit',
      'api/controller-counts Invalid @ spec.jobTemplate.spec.completions',
    ]);
  });

  it('accepts zero replicas and ordinary counts', () => {
    const yaml = `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 0
  minReadySeconds: 10
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: a, image: b}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 0
  completions: 5
  backoffLimit: 0
  template:
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
