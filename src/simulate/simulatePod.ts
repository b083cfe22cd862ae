import { listContainerSlots } from '../model/containers';
import { field, type JsonObject } from '../model/jsonValue';
import { runContainer, type ContainerRun, type RestartPolicy } from './containerRun';
import {
  DEFAULT_ASSUMPTIONS,
  type ContainerSegment,
  type ContainerTimeline,
  type LifecycleEvent,
  type PodStatusSegment,
  type PodTimeline,
  type SimulationOptions,
} from './lifecycleTypes';
import { podStatusSegments, type PodFacts } from './podStatus';
import { segmentsBefore } from './segmentsAt';
import { shutdownPod } from './shutdownPod';

/** How long the timeline goes on after the last thing that happens in a pod that settles. */
const SETTLED_TAIL_SECONDS = 10;
const MINIMUM_SECONDS = 30;

export function restartPolicyOf(podSpec: JsonObject): RestartPolicy {
  const policy = field(podSpec, 'restartPolicy');
  return policy === 'OnFailure' || policy === 'Never' ? policy : 'Always';
}

export function gracePeriodOf(podSpec: JsonObject): number {
  const grace = field(podSpec, 'terminationGracePeriodSeconds');
  return typeof grace === 'number' && Number.isInteger(grace) && grace >= 0 ? grace : 30;
}

/** Joins neighbouring segments that say the same thing (a cut at a shutdown leaves two). */
function mergeSegments(segments: readonly ContainerSegment[]): ContainerSegment[] {
  const merged: ContainerSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.to <= segment.from) continue;
    if (
      last &&
      last.to === segment.from &&
      last.phase === segment.phase &&
      last.label === segment.label &&
      last.detail === segment.detail &&
      last.restartCount === segment.restartCount
    ) {
      merged[merged.length - 1] = { ...last, to: segment.to };
    } else merged.push(segment);
  }
  return merged;
}

function podEvents(segments: readonly PodStatusSegment[]): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  segments.forEach((segment, index) => {
    const before = segments[index - 1];
    const event = (text: string, tone: LifecycleEvent['tone'] = 'normal') =>
      events.push({ at: segment.from, container: null, tone, text });
    if (segment.initialized && !before?.initialized) event('Pod initialized: the app containers start');
    if (segment.receivesTraffic && !before?.receivesTraffic) event('Pod Ready: a Service now sends it traffic');
    if (!segment.ready && before?.ready && !segment.terminating)
      event('Pod not Ready: the Service stops sending it traffic', 'warning');
    if (segment.phase !== before?.phase && (segment.phase === 'Failed' || segment.phase === 'Succeeded'))
      event(`Pod ${segment.phase}`, segment.phase === 'Failed' ? 'warning' : 'normal');
  });
  return events;
}

/**
 * Plays the pod spec forward as the kubelet would: init containers one by one (each must exit
 * 0), native sidecars started in order (each gating the next step on its startup probe), the
 * app containers together, probes, restarts with crash-loop back-off, and the shutdown order
 * when the pod is deleted. `options.faults` makes containers misbehave ("what if").
 * Times are seconds from the pod's creation; image pulls and container starts take no time.
 */
export function simulatePod(podSpec: JsonObject, options: SimulationOptions = {}): PodTimeline {
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const restartPolicy = restartPolicyOf(podSpec);
  const gracePeriod = gracePeriodOf(podSpec);
  const slots = listContainerSlots(podSpec);
  const deleteAt =
    options.deleteAt !== undefined && options.deleteAt !== null && options.deleteAt >= 0 ? options.deleteAt : null;
  const until = deleteAt ?? assumptions.horizonSeconds;
  const faultOf = (name: string) => options.faults?.[name] ?? 'none';

  const runs: (ContainerRun | null)[] = slots.map(() => null);
  const waitingDetail: string[] = slots.map(() => '');
  let clock = 0;
  let blocker: string | null = null;
  let initFailedAt: number | null = null;
  slots.forEach((slot, index) => {
    if (slot.role === 'app') return;
    if (blocker !== null) {
      waitingDetail[index] =
        `Waits: ${blocker} has not ${slots.find((other) => other.name === blocker)?.role === 'sidecar' ? 'started' : 'completed'}.`;
      return;
    }
    const run = runContainer({ ...slot, startAt: clock, fault: faultOf(slot.name), restartPolicy, until, assumptions });
    runs[index] = run;
    const gate = slot.role === 'init' ? run.completedAt : run.firstStartedAt;
    if (gate === null) {
      blocker = slot.name;
      if (run.finalExit) initFailedAt = run.finalExit.at;
    } else {
      clock = gate;
    }
  });
  const initializedAt = blocker === null && clock < until ? clock : null;
  slots.forEach((slot, index) => {
    if (slot.role !== 'app') return;
    if (initializedAt === null) {
      waitingDetail[index] =
        'PodInitializing: waits until every init container has completed and every sidecar has started.';
      return;
    }
    runs[index] = runContainer({
      ...slot,
      startAt: initializedAt,
      fault: faultOf(slot.name),
      restartPolicy,
      until,
      assumptions,
    });
  });

  let timelines: ContainerTimeline[] = slots.map((slot, index) => {
    const run = runs[index];
    const startAt = run?.segments[0]?.from ?? until;
    const waiting: ContainerSegment[] =
      startAt > 0
        ? [
            {
              from: 0,
              to: startAt,
              phase: 'waiting',
              label: 'Waiting',
              detail:
                waitingDetail[index] ||
                (slot.role === 'app'
                  ? 'PodInitializing: waits for the init containers.'
                  : 'Waits for the init containers before it.'),
              restartCount: 0,
            },
          ]
        : [];
    return { name: slot.name, role: slot.role, segments: [...waiting, ...(run?.segments ?? [])] };
  });
  const events: LifecycleEvent[] = runs.flatMap((run) => run?.events ?? []);

  // A pod that cannot go on (an init container failed under restartPolicy Never, or every app
  // container exited for good) finishes; its sidecars are stopped.
  const appRuns = runs.filter((run, index) => slots[index]!.role === 'app' && run !== null) as ContainerRun[];
  let finished: PodFacts['finished'] = null;
  if (initFailedAt !== null) finished = { at: initFailedAt, phase: 'Failed', initFailed: true };
  else if (
    appRuns.length > 0 &&
    appRuns.length === slots.filter((slot) => slot.role === 'app').length &&
    appRuns.every((run) => run.finalExit)
  ) {
    const at = Math.max(...appRuns.map((run) => run.finalExit!.at));
    finished = {
      at,
      phase: appRuns.every((run) => run.finalExit!.exitCode === 0) ? 'Succeeded' : 'Failed',
      initFailed: false,
    };
  }
  const stopAt = finished ? finished.at : deleteAt;
  let end: number;
  if (stopAt !== null) {
    timelines = timelines.map((timeline) => ({ ...timeline, segments: segmentsBefore(timeline.segments, stopAt) }));
    const shutdown = shutdownPod(
      slots.map((slot, index) => ({ ...slot, segments: timelines[index]!.segments })),
      stopAt,
      gracePeriod,
      assumptions,
      finished ? 'finished' : 'deleted',
    );
    timelines = timelines.map((timeline, index) => ({
      ...timeline,
      segments: [...timeline.segments, ...shutdown.appended[index]!],
    }));
    events.splice(0, events.length, ...events.filter((event) => event.at < stopAt), ...shutdown.events);
    end = shutdown.finishedAt + 2;
  } else if (runs.some((run) => run !== null && run.restarts > 0)) {
    end = until;
  } else {
    end = Math.min(until, Math.max(MINIMUM_SECONDS, ...events.map((event) => event.at + SETTLED_TAIL_SECONDS)));
  }
  timelines = timelines.map((timeline) => ({
    ...timeline,
    segments: mergeSegments(
      timeline.segments
        .filter((segment) => segment.from < end && segment.to > segment.from)
        .map((segment) => (segment.to > end ? { ...segment, to: end } : segment)),
    ),
  }));
  const facts: PodFacts = { initializedAt, deletedAt: finished ? null : deleteAt, finished, end };
  const pod = podStatusSegments(timelines, facts);
  const allEvents = [...events.filter((event) => event.at <= end), ...podEvents(pod)].sort((a, b) => a.at - b.at);
  return {
    containers: timelines,
    pod,
    events: allEvents,
    end,
    restartPolicy,
    terminationGracePeriodSeconds: gracePeriod,
    assumptions,
  };
}
