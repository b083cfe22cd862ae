import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiJobSettingsRule } from './apiJobSettings';

const typed = (yaml: string) =>
  findingsOf(yaml, apiJobSettingsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/job-settings', () => {
  it('reports an unknown completion mode, an Indexed Job without completions, and per-index limits without Indexed', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completionMode: indexed
  template:
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  completionMode: Indexed
  template:
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  concurrencyPolicy: Never
  jobTemplate:
    spec:
      backoffLimitPerIndex: 1
      template:
        spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(yaml)).toEqual([
      'api/job-settings NotSupported @ spec.completionMode',
      'api/job-settings Required @ spec.completions',
      'api/job-settings NotSupported @ spec.concurrencyPolicy',
      'api/job-settings Invalid @ spec.jobTemplate.spec.backoffLimitPerIndex',
    ]);
    expect(findingsOf(yaml, apiJobSettingsRule)[0]!.fix?.label).toBe('Set completionMode to Indexed');
  });

  it('accepts an Indexed Job with completions and a CronJob that forbids overlap', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completionMode: Indexed
  completions: 5
  backoffLimitPerIndex: 1
  maxFailedIndexes: 2
  template:
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: a, image: b}]}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
