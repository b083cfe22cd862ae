import type { ContainerRole } from '../model/containers';

/**
 * What a container is doing during a stretch of the timeline. `started` is Running with its
 * startup probe passed (or none) but not Ready; `backOff` is Waiting in CrashLoopBackOff.
 */
export type ContainerPhase =
  | 'waiting'
  | 'running'
  | 'started'
  | 'ready'
  | 'completed'
  | 'error'
  | 'backOff'
  | 'terminating'
  | 'terminated';

/** "What if" a container misbehaves: the user picks one per container. */
export type ContainerFault = 'none' | 'exitsNonZero' | 'livenessFails' | 'readinessFails' | 'startupFails';

export const CONTAINER_FAULTS: readonly ContainerFault[] = [
  'none',
  'exitsNonZero',
  'livenessFails',
  'readinessFails',
  'startupFails',
];

/** One stretch of one container's life, with the words `kubectl describe` would use. */
export interface ContainerSegment {
  readonly from: number;
  readonly to: number;
  readonly phase: ContainerPhase;
  /** Short state name shown on the bar: "Running", "CrashLoopBackOff" ... */
  readonly label: string;
  /** One sentence on what is going on: "back-off 20 s before restart 3". */
  readonly detail: string;
  readonly restartCount: number;
  /** Set on `backOff` segments: the kubelet's back-off delay for this restart. */
  readonly backOffSeconds?: number;
}

export interface ContainerTimeline {
  readonly name: string;
  readonly role: ContainerRole;
  readonly segments: readonly ContainerSegment[];
}

/** Something the kubelet reports (`kubectl get events`). */
export interface LifecycleEvent {
  readonly at: number;
  readonly container: string | null;
  readonly tone: 'normal' | 'warning';
  readonly text: string;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

/** The pod as `kubectl get pod` shows it during a stretch of time. */
export interface PodStatusSegment {
  readonly from: number;
  readonly to: number;
  readonly phase: PodPhase;
  /** The STATUS column of `kubectl get pod`: "Init:1/2", "Init:CrashLoopBackOff", "Running" ... */
  readonly status: string;
  readonly initialized: boolean;
  readonly containersReady: boolean;
  readonly ready: boolean;
  /** Deletion requested: the pod is out of the Service's endpoints. */
  readonly terminating: boolean;
  /** A Service sends it traffic: Ready and not terminating. */
  readonly receivesTraffic: boolean;
}

/** The assumptions of the model, shown beside the timeline. */
export interface SimulationAssumptions {
  /** How long a plain init container runs before exiting, and how long a failing container runs before it crashes. */
  readonly runSeconds: number;
  /** How long a container takes to exit after SIGTERM. */
  readonly sigtermExitSeconds: number;
  /** How long a preStop hook runs when its length cannot be read from the hook (httpGet, exec without sleep). */
  readonly preStopSeconds: number;
  /** The kubelet notices an exited container after this long (its PLEG relist period). */
  readonly kubeletSyncSeconds: number;
  /** The simulation stops here when something keeps failing. */
  readonly horizonSeconds: number;
}

export const DEFAULT_ASSUMPTIONS: SimulationAssumptions = {
  runSeconds: 2,
  sigtermExitSeconds: 1,
  preStopSeconds: 1,
  kubeletSyncSeconds: 1,
  horizonSeconds: 660,
};

export interface SimulationOptions {
  readonly faults?: Readonly<Record<string, ContainerFault>>;
  /** When the pod is deleted (seconds); no shutdown when absent. */
  readonly deleteAt?: number | null;
  readonly assumptions?: Partial<SimulationAssumptions>;
}

export interface PodTimeline {
  readonly containers: readonly ContainerTimeline[];
  readonly pod: readonly PodStatusSegment[];
  readonly events: readonly LifecycleEvent[];
  /** Where the timeline ends (seconds from pod creation). */
  readonly end: number;
  readonly restartPolicy: 'Always' | 'OnFailure' | 'Never';
  readonly terminationGracePeriodSeconds: number;
  readonly assumptions: SimulationAssumptions;
}
