import type { JsonObject } from '../../model/jsonValue';
import { getAtPath } from '../../model/valueAtPath';
import { WORKLOAD_KINDS, type WorkloadKind } from '../../model/workloadKinds';
import { podSpecOf } from '../../model/workloads';
import { unmodelledFields } from './unmodelledFields';

/** Pod spec fields the canvas or the inspector edit. */
const POD_SPEC_MODELLED = {
  containers: true,
  initContainers: true,
  volumes: true,
  restartPolicy: true,
  serviceAccountName: true,
  terminationGracePeriodSeconds: true,
  securityContext: ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'seccompProfile'],
} as const;

const METADATA_MODELLED = { name: true, namespace: true, labels: true, annotations: true } as const;

/** Controller spec fields edited by ControllerFields (besides the pod template), per kind. */
const CONTROLLER_MODELLED: Readonly<Record<WorkloadKind, Readonly<Record<string, true | readonly string[]>>>> = {
  Pod: {},
  Deployment: { replicas: true, selector: ['matchLabels'], template: ['metadata', 'spec'] },
  StatefulSet: { replicas: true, selector: ['matchLabels'], template: ['metadata', 'spec'] },
  ReplicaSet: { replicas: true, selector: ['matchLabels'], template: ['metadata', 'spec'] },
  ReplicationController: { replicas: true, selector: true, template: ['metadata', 'spec'] },
  DaemonSet: { selector: ['matchLabels'], template: ['metadata', 'spec'] },
  Job: {
    completions: true,
    parallelism: true,
    backoffLimit: true,
    activeDeadlineSeconds: true,
    template: ['metadata', 'spec'],
  },
  CronJob: {
    schedule: true,
    concurrencyPolicy: true,
    jobTemplate: ['spec'],
  },
};

const JOB_SPEC_MODELLED = {
  completions: true,
  parallelism: true,
  backoffLimit: true,
  activeDeadlineSeconds: true,
  template: ['metadata', 'spec'],
} as const;

/**
 * Every field of the workload the forms do not edit, as a dotted path (`spec.affinity`,
 * `spec.template.spec.tolerations`): they pass through untouched, and the pod form says so.
 */
export function podKeptFields(kind: WorkloadKind, workload: JsonObject): string[] {
  const info = WORKLOAD_KINDS[kind];
  const podSpecPrefix = `${info.podSpecPath.join('.')}.`;
  const podMetadataPrefix = `${info.podMetadataPath.join('.')}.`;
  const kept = unmodelledFields(workload, { apiVersion: true, kind: true, metadata: true, spec: true, status: true });
  kept.push(...unmodelledFields(getAtPath(workload, ['metadata']), METADATA_MODELLED, 'metadata.'));
  kept.push(...unmodelledFields(podSpecOf(workload), POD_SPEC_MODELLED, podSpecPrefix));
  if (kind === 'Pod') return kept;
  kept.push(...unmodelledFields(getAtPath(workload, info.podMetadataPath), { labels: true }, podMetadataPrefix));
  kept.push(...unmodelledFields(getAtPath(workload, ['spec']), CONTROLLER_MODELLED[kind], 'spec.'));
  if (kind === 'CronJob') {
    kept.push(
      ...unmodelledFields(
        getAtPath(workload, ['spec', 'jobTemplate', 'spec']),
        JOB_SPEC_MODELLED,
        'spec.jobTemplate.spec.',
      ),
    );
  }
  return kept;
}
