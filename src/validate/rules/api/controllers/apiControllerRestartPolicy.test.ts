import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiControllerRestartPolicyRule } from './apiControllerRestartPolicy';

const typed = (yaml: string) =>
  findingsOf(yaml, apiControllerRestartPolicyRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

const deployment = (policy: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      ${policy}
      containers: [{name: app, image: nginx:1.27}]
`;
const job = (policy: string, extra = '') => `
apiVersion: batch/v1
kind: Job
metadata: {name: migrate}
spec:
  ${extra}
  template:
    spec:
      ${policy}
      containers: [{name: app, image: migrate:1.0}]
`;

describe('api/controller-restart-policy', () => {
  it('requires Always in long-running controllers, with a fix', () => {
    const yaml = deployment('restartPolicy: OnFailure');
    expect(typed(yaml)).toEqual(['api/controller-restart-policy NotSupported @ spec.template.spec.restartPolicy']);
    const [finding] = findingsOf(yaml, apiControllerRestartPolicyRule);
    expect(
      getAtPath(finding!.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'template', 'spec', 'restartPolicy']),
    ).toBe('Always');
  });

  it('requires OnFailure or Never in Jobs and CronJobs (Required when unset or Always)', () => {
    expect(typed(job(''))).toEqual(['api/controller-restart-policy Required @ spec.template.spec.restartPolicy']);
    expect(findingsOf(job(''), apiControllerRestartPolicyRule)[0]!.fix?.label).toBe('Set restartPolicy to OnFailure');
    expect(typed(job('restartPolicy: Always'))).toEqual([
      'api/controller-restart-policy Required @ spec.template.spec.restartPolicy',
    ]);
    expect(typed(job('restartPolicy: Sometimes'))).toEqual([
      'api/controller-restart-policy NotSupported @ spec.template.spec.restartPolicy',
    ]);
    expect(typed(job('restartPolicy: OnFailure', 'podFailurePolicy: {rules: []}'))).toEqual([
      'api/controller-restart-policy Invalid @ spec.template.spec.restartPolicy',
    ]);
    const cronJob = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: report}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: app, image: report:1.0}]
`;
    expect(typed(cronJob)).toEqual([
      'api/controller-restart-policy Required @ spec.jobTemplate.spec.template.spec.restartPolicy',
    ]);
  });

  it('accepts the default Always in Deployments, OnFailure/Never in Jobs, and any policy in a Pod', () => {
    expect(typed(deployment(''))).toEqual([]);
    expect(typed(deployment('restartPolicy: Always'))).toEqual([]);
    expect(typed(job('restartPolicy: Never', 'podFailurePolicy: {rules: []}'))).toEqual([]);
    expect(typed(job('restartPolicy: OnFailure'))).toEqual([]);
    expect(
      typed(
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {restartPolicy: Never, containers: [{name: a, image: b}]}\n',
      ),
    ).toEqual([]);
  });
});
