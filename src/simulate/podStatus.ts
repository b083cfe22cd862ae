import type { ContainerSegment, ContainerTimeline, PodPhase, PodStatusSegment } from './lifecycleTypes';
import { segmentAt } from './segmentsAt';

/** Facts about the pod that do not follow from its containers' states alone. */
export interface PodFacts {
  /** All init containers completed and sidecars started (null: never). */
  readonly initializedAt: number | null;
  /** The pod was deleted at this time (null: not deleted). */
  readonly deletedAt: number | null;
  /** The pod reached a final phase at this time (restartPolicy Never/OnFailure). */
  readonly finished: {
    readonly at: number;
    readonly phase: 'Succeeded' | 'Failed';
    readonly initFailed: boolean;
  } | null;
  readonly end: number;
}

const RUNNING = new Set<ContainerSegment['phase']>(['running', 'started', 'ready', 'terminating']);

function initStatus(timelines: readonly ContainerTimeline[], t: number): string {
  const init = timelines.filter((timeline) => timeline.role !== 'app');
  for (let index = 0; index < init.length; index++) {
    const timeline = init[index]!;
    const segment = segmentAt(timeline.segments, t);
    const phase = segment?.phase ?? 'waiting';
    if (phase === 'completed') continue;
    if (timeline.role === 'sidecar' && (phase === 'started' || phase === 'ready')) continue;
    if (phase === 'error') return 'Init:Error';
    if (phase === 'backOff') return 'Init:CrashLoopBackOff';
    return `Init:${index}/${init.length}`;
  }
  return 'PodInitializing';
}

function appStatus(timelines: readonly ContainerTimeline[], t: number): string {
  const apps = timelines
    .filter((timeline) => timeline.role === 'app')
    .map((timeline) => segmentAt(timeline.segments, t)?.phase ?? 'waiting');
  if (apps.includes('backOff')) return 'CrashLoopBackOff';
  if (apps.includes('error')) return 'Error';
  if (apps.some((phase) => RUNNING.has(phase))) return 'Running';
  return 'PodInitializing';
}

function statusAt(
  timelines: readonly ContainerTimeline[],
  facts: PodFacts,
  t: number,
): Omit<PodStatusSegment, 'from' | 'to'> {
  const initialized = facts.initializedAt !== null && t >= facts.initializedAt;
  const terminating = facts.deletedAt !== null && t >= facts.deletedAt;
  const finished = facts.finished !== null && t >= facts.finished.at ? facts.finished : null;
  const longRunning = timelines.filter((timeline) => timeline.role !== 'init');
  const containersReady =
    initialized &&
    longRunning.length > 0 &&
    longRunning.every((timeline) => segmentAt(timeline.segments, t)?.phase === 'ready');
  let phase: PodPhase = finished ? finished.phase : initialized ? 'Running' : 'Pending';
  let status: string;
  if (terminating) status = 'Terminating';
  else if (finished) status = finished.initFailed ? 'Init:Error' : finished.phase === 'Failed' ? 'Error' : 'Completed';
  else status = initialized ? appStatus(timelines, t) : initStatus(timelines, t);
  if (terminating && !finished && !initialized) phase = 'Pending';
  const ready = containersReady && !finished;
  return {
    phase,
    status,
    initialized,
    containersReady: ready,
    ready,
    terminating,
    receivesTraffic: ready && !terminating,
  };
}

function sameStatus(a: Omit<PodStatusSegment, 'from' | 'to'>, b: Omit<PodStatusSegment, 'from' | 'to'>): boolean {
  return (
    a.phase === b.phase &&
    a.status === b.status &&
    a.initialized === b.initialized &&
    a.containersReady === b.containersReady &&
    a.terminating === b.terminating &&
    a.receivesTraffic === b.receivesTraffic
  );
}

/** The pod's phase, `kubectl get pod` STATUS and conditions over time, from its containers' timelines. */
export function podStatusSegments(timelines: readonly ContainerTimeline[], facts: PodFacts): PodStatusSegment[] {
  const boundaries = new Set<number>([0]);
  for (const timeline of timelines) for (const segment of timeline.segments) boundaries.add(segment.from);
  for (const time of [facts.initializedAt, facts.deletedAt, facts.finished?.at])
    if (time !== null && time !== undefined) boundaries.add(time);
  const times = [...boundaries].filter((time) => time < facts.end).sort((a, b) => a - b);
  const segments: PodStatusSegment[] = [];
  times.forEach((from, index) => {
    const to = times[index + 1] ?? facts.end;
    const status = statusAt(timelines, facts, from);
    const last = segments[segments.length - 1];
    if (last && sameStatus(last, status)) segments[segments.length - 1] = { ...last, to };
    else segments.push({ from, to, ...status });
  });
  return segments;
}
