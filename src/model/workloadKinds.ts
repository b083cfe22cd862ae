import type { DataPath } from './dataPath';

/** How the kubernetes workload kinds hold a pod: where the pod spec and pod metadata live. */
export interface WorkloadKindInfo {
  readonly kind: WorkloadKind;
  readonly apiVersion: string;
  /** Path of the pod spec inside the object. */
  readonly podSpecPath: DataPath;
  /** Path of the pod's metadata (labels, annotations) inside the object. */
  readonly podMetadataPath: DataPath;
  /** How the controller selects its pods: a LabelSelector, a plain label map, or not at all. */
  readonly selector: 'labelSelector' | 'labelMap' | 'none';
  /** Pod restartPolicy values the API server accepts for this kind's template. */
  readonly allowedRestartPolicies: readonly ('Always' | 'OnFailure' | 'Never')[];
  /** Whether the pod runs to completion (probes and restarts work differently). */
  readonly runsToCompletion: boolean;
}

export const WORKLOAD_KIND_NAMES = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;

export type WorkloadKind = (typeof WORKLOAD_KIND_NAMES)[number];

const TEMPLATE_SPEC = ['spec', 'template', 'spec'] as const;
const TEMPLATE_METADATA = ['spec', 'template', 'metadata'] as const;
const ALWAYS = ['Always'] as const;

export const WORKLOAD_KINDS: Readonly<Record<WorkloadKind, WorkloadKindInfo>> = {
  Pod: {
    kind: 'Pod',
    apiVersion: 'v1',
    podSpecPath: ['spec'],
    podMetadataPath: ['metadata'],
    selector: 'none',
    allowedRestartPolicies: ['Always', 'OnFailure', 'Never'],
    runsToCompletion: false,
  },
  Deployment: {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'labelSelector',
    allowedRestartPolicies: ALWAYS,
    runsToCompletion: false,
  },
  StatefulSet: {
    kind: 'StatefulSet',
    apiVersion: 'apps/v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'labelSelector',
    allowedRestartPolicies: ALWAYS,
    runsToCompletion: false,
  },
  DaemonSet: {
    kind: 'DaemonSet',
    apiVersion: 'apps/v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'labelSelector',
    allowedRestartPolicies: ALWAYS,
    runsToCompletion: false,
  },
  ReplicaSet: {
    kind: 'ReplicaSet',
    apiVersion: 'apps/v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'labelSelector',
    allowedRestartPolicies: ALWAYS,
    runsToCompletion: false,
  },
  ReplicationController: {
    kind: 'ReplicationController',
    apiVersion: 'v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'labelMap',
    allowedRestartPolicies: ALWAYS,
    runsToCompletion: false,
  },
  Job: {
    kind: 'Job',
    apiVersion: 'batch/v1',
    podSpecPath: TEMPLATE_SPEC,
    podMetadataPath: TEMPLATE_METADATA,
    selector: 'none',
    allowedRestartPolicies: ['OnFailure', 'Never'],
    runsToCompletion: true,
  },
  CronJob: {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    podSpecPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    podMetadataPath: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
    selector: 'none',
    allowedRestartPolicies: ['OnFailure', 'Never'],
    runsToCompletion: true,
  },
};

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && (WORKLOAD_KIND_NAMES as readonly string[]).includes(kind);
}
