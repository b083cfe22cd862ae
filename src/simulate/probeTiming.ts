import type { ProbeKind } from '../model/containers';
import type { ProbeSettings } from './probeSettings';

/**
 * Probe arithmetic. The kubelet probes each container on a ticker of `periodSeconds` that is not
 * aligned with the container's start, and skips ticks earlier than `initialDelaySeconds` after
 * the start. So probe n (n = 1, 2 …) lands somewhere in
 * [initialDelay + (n − 1) × period, initialDelay + n × period) after the start. Every window
 * below is that range; the simulation uses its upper end (probe n at initialDelay + n × period),
 * which gives the formulas of the Kubernetes documentation (a startup budget of
 * failureThreshold × periodSeconds).
 */
export interface TimeWindow {
  readonly earliest: number;
  readonly latest: number;
}

/** Time from the container start to its n-th probe (1-based), as the simulation places it. */
export function probeTime(settings: ProbeSettings, n: number): number {
  return settings.initialDelaySeconds + n * settings.periodSeconds;
}

/**
 * How long after a live container stops answering its liveness probe the kubelet kills it:
 * failureThreshold failed probes in a row. Add up to timeoutSeconds when the endpoint hangs
 * instead of answering with an error.
 * @example livenessKillWindow({ ...PROBE_DEFAULTS }) // { earliest: 20, latest: 30 }
 */
export function livenessKillWindow(settings: ProbeSettings): TimeWindow {
  return {
    earliest: (settings.failureThreshold - 1) * settings.periodSeconds,
    latest: settings.failureThreshold * settings.periodSeconds,
  };
}

/**
 * When a container that answers its readiness probe at once becomes Ready, counted from its
 * start (or from its startup probe passing, when that is later): successThreshold probes in a
 * row, the first no earlier than initialDelaySeconds.
 */
export function readinessDelayWindow(settings: ProbeSettings): TimeWindow {
  return {
    earliest: settings.initialDelaySeconds + (settings.successThreshold - 1) * settings.periodSeconds,
    latest: settings.initialDelaySeconds + settings.successThreshold * settings.periodSeconds,
  };
}

/** How long a Ready container that stops answering stays in the Service before it is marked not Ready. */
export function readinessDropWindow(settings: ProbeSettings): TimeWindow {
  return livenessKillWindow(settings);
}

/**
 * The time a slow starter gets before its startup probe gives up and the kubelet kills it:
 * initialDelaySeconds + failureThreshold × periodSeconds (its upper end).
 */
export function startupBudgetWindow(settings: ProbeSettings): TimeWindow {
  return {
    earliest: settings.initialDelaySeconds + (settings.failureThreshold - 1) * settings.periodSeconds,
    latest: settings.initialDelaySeconds + settings.failureThreshold * settings.periodSeconds,
  };
}

function range(window: TimeWindow): string {
  return window.earliest === window.latest ? `${window.latest} s` : `${window.earliest}–${window.latest} s`;
}

/**
 * Plain-words timing of one probe, one sentence per consequence.
 * @example describeProbeTiming('livenessProbe', PROBE_DEFAULTS)[0] // "Killed and restarted about 30 s after …"
 */
export function describeProbeTiming(kind: ProbeKind, settings: ProbeSettings): string[] {
  const { periodSeconds, timeoutSeconds, failureThreshold, successThreshold, initialDelaySeconds } = settings;
  const hang = `, plus up to ${timeoutSeconds} s more if the endpoint hangs instead of answering (timeoutSeconds)`;
  const checks = `Checked every ${periodSeconds} s from ${initialDelaySeconds} s after the start; each check may take ${timeoutSeconds} s.`;
  switch (kind) {
    case 'livenessProbe': {
      const kill = livenessKillWindow(settings);
      return [
        `Killed and restarted about ${kill.latest} s after it stops answering (${failureThreshold} failures × ${periodSeconds} s; ${range(kill)} depending on when the next check falls${hang}).`,
        checks,
      ];
    }
    case 'readinessProbe': {
      const ready = readinessDelayWindow(settings);
      const drop = readinessDropWindow(settings);
      return [
        `Ready after at least ${ready.earliest} s (initialDelaySeconds + (successThreshold − 1) × periodSeconds; at most ${ready.latest} s because the first check can fall up to one period later).`,
        `Taken out of the Service about ${drop.latest} s after it stops answering (${failureThreshold} failures × ${periodSeconds} s; ${range(drop)}), and back after ${successThreshold} success${successThreshold === 1 ? '' : 'es'}.`,
        checks,
      ];
    }
    case 'startupProbe': {
      const budget = startupBudgetWindow(settings);
      return [
        `Startup budget ${budget.latest} s (initialDelaySeconds + ${failureThreshold} failures × ${periodSeconds} s; at least ${budget.earliest} s${hang}); liveness and readiness wait until it passes.`,
        checks,
      ];
    }
  }
}
