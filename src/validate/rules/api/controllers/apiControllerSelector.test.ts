import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { validateManifest } from '../../../validateManifest';
import { apiControllerSelectorRule } from './apiControllerSelector';

const typed = (yaml: string) =>
  findingsOf(yaml, apiControllerSelectorRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

const apps = (kind: string, selector: string, labels = '{app: web, tier: frontend}') => `
apiVersion: apps/v1
kind: ${kind}
metadata: {name: web}
spec:
  ${selector}
  template:
    metadata: {labels: ${labels}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
`;

describe('api/controller-selector', () => {
  it('reports a selector that does not match the template labels, with a fix', () => {
    const yaml = apps('Deployment', 'selector: {matchLabels: {app: api}}');
    expect(typed(yaml)).toEqual(['api/controller-selector Invalid @ spec.template.metadata.labels']);
    const [finding] = findingsOf(yaml, apiControllerSelectorRule);
    expect(finding!.fix?.label).toBe('Make the selector match the template labels');
    const fixed = finding!.fix!.apply(manifestFromYaml(yaml));
    expect(getAtPath(fixed[0]!, ['spec', 'selector'])).toEqual({ matchLabels: { app: 'web', tier: 'frontend' } });
    expect(validateManifest(fixed, [apiControllerSelectorRule])).toEqual([]);
  });

  it('reports a missing selector (Required, plus the labels it cannot match) and an empty one', () => {
    expect(typed(apps('StatefulSet', ''))).toEqual([
      'api/controller-selector Required @ spec.selector',
      'api/controller-selector Invalid @ spec.template.metadata.labels',
    ]);
    expect(typed(apps('DaemonSet', ''))).toEqual(['api/controller-selector Invalid @ spec.template.metadata.labels']);
    expect(typed(apps('ReplicaSet', 'selector: {}'))).toEqual(['api/controller-selector Invalid @ spec.selector']);
  });

  it('reports malformed expressions', () => {
    expect(
      typed(
        apps('Deployment', 'selector: {matchExpressions: [{key: app, operator: In}, {key: tier, operator: exists}]}'),
      ),
    ).toEqual([
      'api/controller-selector Required @ spec.selector.matchExpressions[0].values',
      'api/controller-selector Invalid @ spec.selector.matchExpressions[1].operator',
      'api/controller-selector Invalid @ spec.selector',
    ]);
  });

  it('checks ReplicationController label maps, Job manual selectors and CronJob job templates', () => {
    const rc = `
apiVersion: v1
kind: ReplicationController
metadata: {name: rc}
spec:
  selector: {app: other}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: b}]}
`;
    expect(typed(rc)).toEqual(['api/controller-selector Invalid @ spec.template.metadata.labels']);
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  selector: {matchLabels: {app: j}}
  template:
    metadata: {labels: {app: j}}
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(job)).toEqual(['api/controller-selector Invalid @ spec.selector']);
    const cronJob = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      selector: {matchLabels: {app: c}}
      manualSelector: true
      template:
        spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(cronJob)).toEqual([
      'api/controller-selector Invalid @ spec.jobTemplate.spec.selector',
      'api/controller-selector NotSupported @ spec.jobTemplate.spec.manualSelector',
    ]);
  });

  it('accepts matching selectors, including set-based expressions and a defaulted RC selector', () => {
    expect(typed(apps('Deployment', 'selector: {matchLabels: {app: web}}'))).toEqual([]);
    expect(
      typed(
        apps(
          'DaemonSet',
          'selector: {matchExpressions: [{key: tier, operator: In, values: [frontend, backend]}, {key: canary, operator: DoesNotExist}]}',
        ),
      ),
    ).toEqual([]);
    const rc = `
apiVersion: v1
kind: ReplicationController
metadata: {name: rc}
spec:
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: b}]}
`;
    expect(typed(rc)).toEqual([]);
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  manualSelector: true
  selector: {matchLabels: {app: j}}
  template:
    metadata: {labels: {app: j}}
    spec: {restartPolicy: Never, containers: [{name: a, image: b}]}
`;
    expect(typed(job)).toEqual([]);
  });
});
