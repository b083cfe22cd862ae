import { describe, expect, it } from 'vitest';
import { podKeptFields } from './podKeptFields';
import { unmodelledFields } from './unmodelledFields';

describe('unmodelledFields', () => {
  it('lists keys without a field, descending into keys edited only in part', () => {
    const container = {
      name: 'web',
      tty: true,
      securityContext: { runAsUser: 1000, privileged: false },
      resources: { limits: { cpu: '1' } },
    };
    expect(unmodelledFields(container, { name: true, securityContext: ['runAsUser'], resources: true })).toEqual([
      'tty',
      'securityContext.privileged',
    ]);
  });

  it('lists nothing for a value that is not a mapping', () => {
    expect(unmodelledFields(undefined, {})).toEqual([]);
    expect(unmodelledFields(['a'], {})).toEqual([]);
  });
});

describe('podKeptFields', () => {
  it('lists the pod spec fields of a Pod the forms do not edit', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', labels: { app: 'web' }, finalizers: ['x'] },
      spec: {
        containers: [],
        affinity: {},
        nodeSelector: { disk: 'ssd' },
        securityContext: { fsGroup: 1, sysctls: [] },
        somethingNew: 1,
      },
    };
    expect(podKeptFields('Pod', pod)).toEqual([
      'metadata.finalizers',
      'spec.affinity',
      'spec.nodeSelector',
      'spec.securityContext.sysctls',
      'spec.somethingNew',
    ]);
  });

  it('lists the controller fields of a Deployment and a CronJob around the template', () => {
    const deployment = {
      kind: 'Deployment',
      metadata: { name: 'shop' },
      spec: {
        replicas: 1,
        strategy: { type: 'Recreate' },
        selector: { matchLabels: {}, matchExpressions: [] },
        template: { metadata: { labels: {}, annotations: {} }, spec: { tolerations: [] } },
      },
    };
    expect(podKeptFields('Deployment', deployment)).toEqual([
      'spec.template.spec.tolerations',
      'spec.template.metadata.annotations',
      'spec.strategy',
      'spec.selector.matchExpressions',
    ]);
    const cronJob = {
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: {
        schedule: '@daily',
        timeZone: 'UTC',
        jobTemplate: { spec: { ttlSecondsAfterFinished: 60, template: { spec: {} } } },
      },
    };
    expect(podKeptFields('CronJob', cronJob)).toEqual([
      'spec.timeZone',
      'spec.jobTemplate.spec.ttlSecondsAfterFinished',
    ]);
  });
});
