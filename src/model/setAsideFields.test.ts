import { describe, expect, it } from 'vitest';
import type { JsonObject } from './jsonValue';
import { changeWorkloadKind } from './operations/changeWorkloadKind';
import { setAsideFields } from './setAsideFields';

const cassandra: JsonObject = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'cassandra' },
  spec: {
    serviceName: 'cassandra',
    replicas: 3,
    selector: { matchLabels: { app: 'cassandra' } },
    template: {
      metadata: { labels: { app: 'cassandra' } },
      spec: {
        containers: [
          { name: 'cassandra', image: 'cassandra:5', volumeMounts: [{ name: 'cassandra-data', mountPath: '/data' }] },
        ],
      },
    },
    volumeClaimTemplates: [{ metadata: { name: 'cassandra-data' }, spec: { accessModes: ['ReadWriteOnce'] } }],
  },
};

describe('setAsideFields', () => {
  it('names a StatefulSet’s own settings and claim templates while it is a Deployment, not the replicas both have', () => {
    const deployment = changeWorkloadKind(cassandra, 'Deployment');
    expect(setAsideFields(deployment, { StatefulSet: cassandra })).toEqual([
      { kind: 'StatefulSet', fields: ['serviceName', 'volumeClaimTemplates'], claimTemplates: ['cassandra-data'] },
    ]);
  });

  it('sets nothing aside once the kind is back, nor for a kind whose settings the current one has too', () => {
    const deployment = changeWorkloadKind(cassandra, 'Deployment');
    expect(setAsideFields(cassandra, { StatefulSet: cassandra, Deployment: deployment })).toEqual([]);
    expect(setAsideFields(cassandra, undefined)).toEqual([]);
  });

  it('treats a Job’s settings and a CronJob’s job settings as the same setting', () => {
    const job: JsonObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate' },
      spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [] } } },
    };
    const cronJob = changeWorkloadKind(job, 'CronJob');
    expect(setAsideFields(cronJob, { Job: job })).toEqual([]);
    expect(setAsideFields(job, { CronJob: cronJob })).toEqual([
      { kind: 'CronJob', fields: ['schedule'], claimTemplates: [] },
    ]);
  });
});
