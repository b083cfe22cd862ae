import type { ContainerRole } from '../model/containers';
import type { JsonObject } from '../model/jsonValue';
import { backOffBeforeRestart } from './crashLoopBackOff';
import type { ContainerFault, ContainerSegment, LifecycleEvent, SimulationAssumptions } from './lifecycleTypes';
import { containerProbe, type ProbeSettings } from './probeSettings';
import { probeTime } from './probeTiming';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export interface ContainerRunInput {
  readonly name: string;
  readonly role: ContainerRole;
  readonly container: JsonObject;
  readonly startAt: number;
  readonly fault: ContainerFault;
  /** The pod's restart policy; native sidecars always restart. */
  readonly restartPolicy: RestartPolicy;
  /** Simulate until here. */
  readonly until: number;
  readonly assumptions: SimulationAssumptions;
}

/** One container from its first start on: its segments and events, and the moments others wait for. */
export interface ContainerRun {
  readonly segments: readonly ContainerSegment[];
  readonly events: readonly LifecycleEvent[];
  /** First time it counted as started (a sidecar gates the next init container on this). */
  readonly firstStartedAt: number | null;
  /** A plain init container that exited 0. */
  readonly completedAt: number | null;
  /** It exited and will not be restarted (restartPolicy Never, or OnFailure after exit 0). */
  readonly finalExit: { readonly at: number; readonly exitCode: number } | null;
  readonly restarts: number;
}

interface AttemptEnd {
  readonly at: number;
  readonly exitCode: number;
  readonly reason: string;
}

interface Attempt {
  readonly segments: ContainerSegment[];
  readonly events: LifecycleEvent[];
  readonly startedAt: number | null;
  readonly end: AttemptEnd | null;
}

/** First probe (1-based) that falls strictly after `after` seconds from the container start. */
function firstProbeAfter(settings: ProbeSettings, after: number): number {
  let n = 1;
  while (probeTime(settings, n) <= after) n++;
  return n;
}

function runAttempt(input: ContainerRunInput, at: number, restartCount: number): Attempt {
  const { name, role, container, fault, assumptions } = input;
  const segments: ContainerSegment[] = [];
  const events: LifecycleEvent[] = [];
  const event = (time: number, text: string, tone: LifecycleEvent['tone'] = 'normal') =>
    events.push({ at: time, container: name, tone, text });
  const segment = (from: number, to: number, phase: ContainerSegment['phase'], label: string, detail: string) => {
    if (to > from) segments.push({ from, to, phase, label, detail, restartCount });
  };
  event(at, restartCount === 0 ? `Started container ${name}` : `Restarted container ${name} (restart ${restartCount})`);

  if (role === 'init') {
    const exitAt = at + assumptions.runSeconds;
    const failing = fault === 'exitsNonZero';
    segment(at, exitAt, 'running', 'Running', `Runs to completion (assumed ${assumptions.runSeconds} s).`);
    return {
      segments,
      events,
      startedAt: at,
      end: { at: exitAt, exitCode: failing ? 1 : 0, reason: failing ? 'exited with code 1' : 'completed (exit 0)' },
    };
  }

  const startup = containerProbe(container, 'startupProbe');
  const liveness = containerProbe(container, 'livenessProbe');
  const readiness = containerProbe(container, 'readinessProbe');
  const ends: AttemptEnd[] = [];
  if (fault === 'exitsNonZero')
    ends.push({ at: at + assumptions.runSeconds, exitCode: 1, reason: 'exited with code 1' });

  let startedAt: number | null = at;
  if (startup) {
    if (fault === 'startupFails') {
      startedAt = null;
      const killAt = at + probeTime(startup, startup.failureThreshold);
      ends.push({
        at: killAt,
        exitCode: 143,
        reason: `killed: startup probe failed ${startup.failureThreshold} times`,
      });
    } else {
      startedAt = at + probeTime(startup, startup.successThreshold);
    }
  }
  if (liveness && fault === 'livenessFails' && startedAt !== null) {
    const first = firstProbeAfter(liveness, startedAt - at);
    ends.push({
      at: at + probeTime(liveness, first + liveness.failureThreshold - 1),
      exitCode: 143,
      reason: `killed: liveness probe failed ${liveness.failureThreshold} times`,
    });
  }
  let readyAt: number | null = startedAt;
  let readinessFailsAt: number | null = null;
  if (readiness && startedAt !== null) {
    const first = firstProbeAfter(readiness, startedAt - at);
    if (fault === 'readinessFails') {
      readyAt = null;
      readinessFailsAt = at + probeTime(readiness, first);
    } else {
      readyAt = at + probeTime(readiness, first + readiness.successThreshold - 1);
    }
  }
  const end = ends.reduce<AttemptEnd | null>(
    (earliest, candidate) => (!earliest || candidate.at < earliest.at ? candidate : earliest),
    null,
  );
  const stop = Math.min(end?.at ?? Infinity, input.until);
  if (readinessFailsAt !== null && readinessFailsAt < stop)
    event(
      readinessFailsAt,
      `Readiness probe of ${name} failed: it stays not Ready and gets no Service traffic`,
      'warning',
    );

  const startedLabel = startup || role === 'sidecar';
  const notReadyDetail = readiness
    ? fault === 'readinessFails'
      ? 'Readiness probe failing: not Ready, no Service traffic.'
      : 'Readiness probe has not passed yet: not Ready.'
    : '';
  if (startup && startedAt !== at) {
    segment(
      at,
      Math.min(startedAt ?? Infinity, stop),
      'running',
      'Running',
      fault === 'startupFails'
        ? 'Startup probe failing; liveness and readiness wait for it.'
        : 'Startup probe has not passed yet; liveness and readiness wait for it.',
    );
  }
  if (startedAt !== null && startedAt < stop) {
    if (startup) event(startedAt, `Startup probe of ${name} passed: started`);
    const readyFrom = Math.min(readyAt ?? Infinity, stop);
    segment(
      startedAt,
      readyFrom,
      startedLabel ? 'started' : 'running',
      startedLabel ? 'Started' : 'Running',
      notReadyDetail || 'Started.',
    );
    if (readyAt !== null && readyAt < stop) {
      event(readyAt, readiness ? `Readiness probe of ${name} passed: Ready` : `${name} is Ready (no readiness probe)`);
      segment(
        readyAt,
        stop,
        'ready',
        'Ready',
        readiness ? 'Readiness probe passing.' : 'Ready as soon as it runs: it has no readiness probe.',
      );
    }
  }
  return {
    segments,
    events,
    startedAt: startedAt !== null && startedAt < stop ? startedAt : null,
    end: end && end.at < input.until ? end : null,
  };
}

function restarts(policy: RestartPolicy, role: ContainerRole, exitCode: number): boolean {
  if (role === 'sidecar') return true;
  return policy === 'Always' ? role !== 'init' || exitCode !== 0 : policy === 'OnFailure' && exitCode !== 0;
}

/**
 * Simulates one container from its first start until `until`: each run, its probes, and the
 * kubelet's restarts with crash-loop back-off.
 */
export function runContainer(input: ContainerRunInput): ContainerRun {
  const { name, role, assumptions, until } = input;
  const segments: ContainerSegment[] = [];
  const events: LifecycleEvent[] = [];
  let firstStartedAt: number | null = null;
  let at = input.startAt;
  let restartCount = 0;
  while (at < until) {
    const attempt = runAttempt(input, at, restartCount);
    segments.push(...attempt.segments);
    events.push(...attempt.events);
    if (firstStartedAt === null && attempt.startedAt !== null) firstStartedAt = attempt.startedAt;
    const end = attempt.end;
    if (!end) break;
    const failed = end.exitCode !== 0;
    events.push({ at: end.at, container: name, tone: failed ? 'warning' : 'normal', text: `${name} ${end.reason}` });
    if (!restarts(input.restartPolicy, role, end.exitCode)) {
      const label = failed ? 'Error' : 'Completed';
      const detail = failed
        ? `Terminated with exit code ${end.exitCode}; restartPolicy ${input.restartPolicy}: not restarted.`
        : 'Terminated with exit code 0.';
      segments.push({ from: end.at, to: until, phase: failed ? 'error' : 'completed', label, detail, restartCount });
      return {
        segments,
        events,
        firstStartedAt,
        completedAt: role === 'init' && !failed ? end.at : null,
        finalExit: { at: end.at, exitCode: end.exitCode },
        restarts: restartCount,
      };
    }
    restartCount++;
    const delay = backOffBeforeRestart(restartCount);
    const noticed = end.at + assumptions.kubeletSyncSeconds;
    const restartAt = Math.max(noticed, end.at + delay);
    segments.push({
      from: end.at,
      to: Math.min(noticed, until),
      phase: 'error',
      label: 'Error',
      detail: `Terminated with exit code ${end.exitCode}.`,
      restartCount: restartCount - 1,
    });
    if (restartAt > noticed && noticed < until) {
      events.push({
        at: noticed,
        container: name,
        tone: 'warning',
        text: `Back-off ${delay}s restarting failed container ${name}`,
      });
      segments.push({
        from: noticed,
        to: Math.min(restartAt, until),
        phase: 'backOff',
        label: 'CrashLoopBackOff',
        detail: `Waiting: back-off ${delay} s before restart ${restartCount} (10 s, doubling, at most 300 s).`,
        restartCount: restartCount - 1,
        backOffSeconds: delay,
      });
    }
    at = restartAt;
  }
  return { segments, events, firstStartedAt, completedAt: null, finalExit: null, restarts: restartCount };
}
