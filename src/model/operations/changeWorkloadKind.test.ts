import { describe, expect, it } from 'vitest';
import { field, isJsonObject, type JsonObject } from '../jsonValue';
import { getAtPath } from '../valueAtPath';
import { WORKLOAD_KIND_NAMES, WORKLOAD_KINDS, type WorkloadKind } from '../workloadKinds';
import { podMetadataOf, podSpecOf } from '../workloads';
import { changeWorkloadKind } from './changeWorkloadKind';
import { setProbe } from './setProbe';
import { OperationError } from './updatePodSpec';

const podSpec: JsonObject = {
  containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }],
  volumes: [{ name: 'cache', emptyDir: {} }],
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } },
};
const podLabels: JsonObject = { app: 'web', tier: 'frontend' };
const template = (spec: JsonObject = podSpec): JsonObject => ({
  metadata: { labels: podLabels, annotations: { team: 'shop' } },
  spec,
});

/** A realistic object of each kind, with settings that only that kind has. */
function workloadOfKind(kind: WorkloadKind): JsonObject {
  const metadata = { name: 'web', namespace: 'shop' };
  switch (kind) {
    case 'Pod':
      return {
        apiVersion: 'v1',
        kind,
        metadata: { ...metadata, labels: podLabels, annotations: { team: 'shop' } },
        spec: { ...podSpec, restartPolicy: 'Always' },
      };
    case 'Deployment':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: {
          replicas: 3,
          strategy: { type: 'Recreate' },
          selector: { matchLabels: { app: 'web' } },
          template: template(),
        },
      };
    case 'StatefulSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: {
          serviceName: 'web',
          replicas: 2,
          selector: { matchLabels: { app: 'web' } },
          template: template(),
          volumeClaimTemplates: [],
        },
      };
    case 'DaemonSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: { updateStrategy: { type: 'OnDelete' }, selector: { matchLabels: { app: 'web' } }, template: template() },
      };
    case 'ReplicaSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: { replicas: 4, selector: { matchLabels: podLabels }, template: template() },
      };
    case 'ReplicationController':
      return {
        apiVersion: 'v1',
        kind,
        metadata,
        spec: { replicas: 5, selector: { app: 'web' }, template: template() },
      };
    case 'Job':
      return {
        apiVersion: 'batch/v1',
        kind,
        metadata,
        spec: { backoffLimit: 2, completions: 3, template: template({ ...podSpec, restartPolicy: 'Never' }) },
      };
    case 'CronJob':
      return {
        apiVersion: 'batch/v1',
        kind,
        metadata,
        spec: {
          schedule: '*/5 * * * *',
          concurrencyPolicy: 'Forbid',
          jobTemplate: { spec: { backoffLimit: 1, template: template({ ...podSpec, restartPolicy: 'OnFailure' }) } },
        },
      };
  }
}

const PAIRS = WORKLOAD_KIND_NAMES.flatMap((source) =>
  WORKLOAD_KIND_NAMES.filter((target) => target !== source).map((target) => [source, target] as const),
);

function withoutRestartPolicy(spec: JsonObject): JsonObject {
  const { restartPolicy: _ignored, ...rest } = spec;
  return rest;
}

describe('changeWorkloadKind', () => {
  it('covers every ordered pair of the eight workload kinds', () => {
    expect(PAIRS).toHaveLength(56);
  });

  describe.each(PAIRS)('%s → %s', (source, target) => {
    const original = workloadOfKind(source);
    const changed = changeWorkloadKind(original, target);
    const info = WORKLOAD_KINDS[target];

    it('writes the target kind and apiVersion, keeping name and namespace', () => {
      expect(changed).toMatchObject({
        apiVersion: info.apiVersion,
        kind: target,
        metadata: { name: 'web', namespace: 'shop' },
      });
    });

    it('keeps the pod spec (only restartPolicy may change) and the pod labels and annotations', () => {
      expect(withoutRestartPolicy(podSpecOf(changed))).toEqual(withoutRestartPolicy(podSpecOf(original)));
      expect(podMetadataOf(changed)).toMatchObject({ labels: podLabels, annotations: { team: 'shop' } });
    });

    it('sets a restartPolicy the target kind accepts', () => {
      const policy = field(podSpecOf(changed), 'restartPolicy') ?? 'Always';
      expect(info.allowedRestartPolicies).toContain(policy);
    });

    it('writes a selector that matches the pod labels (none for Pods, Jobs and CronJobs)', () => {
      const selector = getAtPath(changed, ['spec', 'selector']);
      if (info.selector === 'none') {
        expect(selector).toBeUndefined();
        return;
      }
      const matchLabels = info.selector === 'labelSelector' ? field(selector, 'matchLabels') : selector;
      expect(isJsonObject(matchLabels) && Object.keys(matchLabels).length > 0).toBe(true);
      for (const [key, value] of Object.entries(matchLabels as JsonObject)) expect(podLabels[key]).toBe(value);
    });

    it('comes back exactly with `remembered`', () => {
      expect(changeWorkloadKind(changed, source, original)).toBe(original);
    });

    it('comes back with the same pod without `remembered`', () => {
      const back = changeWorkloadKind(changed, source);
      expect(withoutRestartPolicy(podSpecOf(back))).toEqual(withoutRestartPolicy(podSpecOf(original)));
      expect(field(back, 'kind')).toBe(source);
    });
  });

  it('keeps the job settings between Job and CronJob', () => {
    const cronJob = changeWorkloadKind(workloadOfKind('Job'), 'CronJob');
    expect(getAtPath(cronJob, ['spec', 'jobTemplate', 'spec'])).toMatchObject({ backoffLimit: 2, completions: 3 });
    expect(getAtPath(cronJob, ['spec', 'schedule'])).toBe('0 * * * *');
    const job = changeWorkloadKind(workloadOfKind('CronJob'), 'Job');
    expect(field(job, 'spec')).toMatchObject({ backoffLimit: 1, template: { spec: { restartPolicy: 'OnFailure' } } });
  });

  it('carries replicas between controllers that have them', () => {
    expect(getAtPath(changeWorkloadKind(workloadOfKind('Deployment'), 'StatefulSet'), ['spec', 'replicas'])).toBe(3);
    expect(
      getAtPath(changeWorkloadKind(workloadOfKind('ReplicationController'), 'ReplicaSet'), ['spec', 'replicas']),
    ).toBe(5);
    expect(getAtPath(changeWorkloadKind(workloadOfKind('Pod'), 'Deployment'), ['spec', 'replicas'])).toBe(1);
    expect(
      getAtPath(changeWorkloadKind(workloadOfKind('Deployment'), 'DaemonSet'), ['spec', 'replicas']),
    ).toBeUndefined();
  });

  it('restores the remembered controller settings around a pod that changed meanwhile', () => {
    const deployment = workloadOfKind('Deployment');
    const pod = changeWorkloadKind(deployment, 'Pod');
    const probed = setProbe(pod, 'web', 'readinessProbe', { tcpSocket: { port: 80 } });
    const back = changeWorkloadKind(probed, 'Deployment', deployment);
    expect(field(back, 'spec')).toMatchObject({
      replicas: 3,
      strategy: { type: 'Recreate' },
      selector: { matchLabels: { app: 'web' } },
    });
    expect(podSpecOf(back).containers).toEqual([
      { ...(podSpec.containers as JsonObject[])[0]!, readinessProbe: { tcpSocket: { port: 80 } } },
    ]);
  });

  it('labels the pod after the workload when it has no labels, so the selector has something to match', () => {
    const job: JsonObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate' },
      spec: { template: { spec: { ...podSpec, restartPolicy: 'Never' } } },
    };
    const deployment = changeWorkloadKind(job, 'Deployment');
    expect(getAtPath(deployment, ['spec', 'selector'])).toEqual({ matchLabels: { app: 'migrate' } });
    expect(podMetadataOf(deployment).labels).toEqual({ app: 'migrate' });
  });

  it('keeps other template metadata between controllers', () => {
    const controller = workloadOfKind('ReplicationController');
    const withName = {
      ...controller,
      spec: {
        ...(controller.spec as JsonObject),
        template: { ...template(), metadata: { name: 'web', labels: podLabels } },
      },
    };
    expect(podMetadataOf(changeWorkloadKind(withName, 'Deployment'))).toEqual({ name: 'web', labels: podLabels });
  });

  it('returns the object itself for its own kind, and refuses objects without a pod', () => {
    const pod = workloadOfKind('Pod');
    expect(changeWorkloadKind(pod, 'Pod')).toBe(pod);
    expect(() => changeWorkloadKind({ apiVersion: 'v1', kind: 'Service' }, 'Pod')).toThrow(OperationError);
  });
});
