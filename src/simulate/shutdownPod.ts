import type { ContainerRole } from '../model/containers';
import type { JsonObject } from '../model/jsonValue';
import type { ContainerSegment, LifecycleEvent, SimulationAssumptions } from './lifecycleTypes';
import { preStopDuration } from './preStopDuration';

export interface ShutdownContainer {
  readonly name: string;
  readonly role: ContainerRole;
  readonly container: JsonObject;
  /** Its segments, cut at the shutdown time. */
  readonly segments: readonly ContainerSegment[];
}

export interface ShutdownResult {
  /** Per container (same order), the segments to append; the last one is open-ended (`to: Infinity`). */
  readonly appended: readonly (readonly ContainerSegment[])[];
  readonly events: readonly LifecycleEvent[];
  /** When the last container has exited. */
  readonly finishedAt: number;
}

const ALIVE = new Set(['running', 'started', 'ready']);

/**
 * Stops the pod's containers from time `at`, as the kubelet does (KEP-753 termination order):
 * every preStop hook starts at once; app containers get SIGTERM when their hook is done; each
 * native sidecar gets SIGTERM after its own hook, once all app containers and the sidecars
 * started after it have exited (reverse start order); whatever still runs when the grace period
 * ends is killed with SIGKILL.
 */
export function shutdownPod(
  containers: readonly ShutdownContainer[],
  at: number,
  gracePeriodSeconds: number,
  assumptions: SimulationAssumptions,
  reason: 'deleted' | 'finished',
): ShutdownResult {
  const deadline = at + gracePeriodSeconds;
  const events: LifecycleEvent[] = [];
  const exits = new Map<number, number>();
  const appended: ContainerSegment[][] = containers.map(() => []);
  const current = containers.map((entry) => entry.segments[entry.segments.length - 1]);
  const alive = containers.map((_, index) => current[index] !== undefined && ALIVE.has(current[index]!.phase));

  const stop = (index: number, turnAt: number) => {
    const { name, container } = containers[index]!;
    const previous = current[index]!;
    const restartCount = previous.restartCount;
    const hook = preStopDuration(container, assumptions.preStopSeconds);
    const hookEnd = Math.min(at + hook.seconds, deadline);
    const segments = appended[index]!;
    if (hook.seconds > 0) {
      const source = hook.source === 'assumed' ? 'assumed' : `from its ${hook.source}`;
      events.push({
        at,
        container: name,
        tone: 'normal',
        text: `preStop hook of ${name} runs (${hook.seconds} s, ${source})`,
      });
      segments.push({
        from: at,
        to: hookEnd,
        phase: 'terminating',
        label: 'preStop',
        detail: `preStop hook runs (${hook.seconds} s, ${source}) before SIGTERM.`,
        restartCount,
      });
    }
    const sigtermAt = Math.min(Math.max(hookEnd, turnAt), deadline);
    if (sigtermAt > hookEnd) {
      segments.push({
        ...previous,
        from: hookEnd,
        to: sigtermAt,
        detail: 'Keeps running until the app containers and the sidecars started after it have exited.',
      });
    }
    const exitAt = Math.min(sigtermAt + assumptions.sigtermExitSeconds, deadline);
    const killed = sigtermAt + assumptions.sigtermExitSeconds > deadline;
    if (sigtermAt < deadline) {
      events.push({ at: sigtermAt, container: name, tone: 'normal', text: `SIGTERM sent to ${name}` });
      segments.push({
        from: sigtermAt,
        to: exitAt,
        phase: 'terminating',
        label: 'Stopping',
        detail: `SIGTERM sent; assumed to exit within ${assumptions.sigtermExitSeconds} s.`,
        restartCount,
      });
    }
    events.push(
      killed
        ? {
            at: exitAt,
            container: name,
            tone: 'warning',
            text: `${name} still running when the grace period of ${gracePeriodSeconds} s ended: killed with SIGKILL`,
          }
        : { at: exitAt, container: name, tone: 'normal', text: `${name} exited after SIGTERM` },
    );
    segments.push({
      from: exitAt,
      to: Infinity,
      phase: 'terminated',
      label: 'Terminated',
      detail: killed
        ? `Killed with SIGKILL (exit 137): terminationGracePeriodSeconds ${gracePeriodSeconds} s was over.`
        : 'Exited after SIGTERM.',
      restartCount,
    });
    exits.set(index, exitAt);
  };

  events.push(
    reason === 'deleted'
      ? {
          at,
          container: null,
          tone: 'normal',
          text: `Pod deleted: removed from the Service's endpoints; grace period ${gracePeriodSeconds} s`,
        }
      : {
          at,
          container: null,
          tone: 'normal',
          text: 'No app container will run again: the kubelet stops the sidecars in reverse order',
        },
  );
  containers.forEach((entry, index) => {
    if (alive[index] && entry.role !== 'sidecar') stop(index, at);
  });
  let turnAt = Math.max(at, ...exits.values());
  for (let index = containers.length - 1; index >= 0; index--) {
    if (!alive[index] || containers[index]!.role !== 'sidecar') continue;
    stop(index, turnAt);
    turnAt = Math.max(turnAt, exits.get(index)!);
  }
  containers.forEach((_entry, index) => {
    if (alive[index]) return;
    const previous = current[index];
    const restartCount = previous?.restartCount ?? 0;
    if (!previous || previous.phase === 'waiting') {
      appended[index]!.push({
        from: at,
        to: Infinity,
        phase: 'waiting',
        label: 'Waiting',
        detail: 'Never started: the pod stopped first.',
        restartCount,
      });
    } else if (previous.phase === 'backOff') {
      appended[index]!.push({
        from: at,
        to: Infinity,
        phase: 'terminated',
        label: 'Terminated',
        detail: 'Not restarted: the pod is stopping.',
        restartCount,
      });
    } else {
      appended[index]!.push({ ...previous, from: at, to: Infinity });
    }
  });
  return { appended, events, finishedAt: Math.max(at, ...exits.values()) };
}
