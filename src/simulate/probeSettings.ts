import type { ProbeKind } from '../model/containers';
import { field, isJsonObject, type JsonObject } from '../model/jsonValue';

/** A probe's timing fields with the Kubernetes defaults filled in. */
export interface ProbeSettings {
  readonly initialDelaySeconds: number;
  readonly periodSeconds: number;
  readonly timeoutSeconds: number;
  readonly failureThreshold: number;
  readonly successThreshold: number;
}

/** The API server's defaults for absent fields (period 10, timeout 1, failure 3, success 1, delay 0). */
export const PROBE_DEFAULTS: ProbeSettings = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  failureThreshold: 3,
  successThreshold: 1,
};

function wholeNumber(value: unknown, fallback: number, minimum: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum ? value : fallback;
}

/**
 * The timing of a probe mapping; absent or invalid fields take the Kubernetes defaults
 * (the validator reports the invalid ones).
 * @example probeSettings({ periodSeconds: 5 }).failureThreshold === 3
 */
export function probeSettings(probe: JsonObject): ProbeSettings {
  return {
    initialDelaySeconds: wholeNumber(field(probe, 'initialDelaySeconds'), PROBE_DEFAULTS.initialDelaySeconds, 0),
    periodSeconds: wholeNumber(field(probe, 'periodSeconds'), PROBE_DEFAULTS.periodSeconds, 1),
    timeoutSeconds: wholeNumber(field(probe, 'timeoutSeconds'), PROBE_DEFAULTS.timeoutSeconds, 1),
    failureThreshold: wholeNumber(field(probe, 'failureThreshold'), PROBE_DEFAULTS.failureThreshold, 1),
    successThreshold: wholeNumber(field(probe, 'successThreshold'), PROBE_DEFAULTS.successThreshold, 1),
  };
}

/** The container's probe of that kind, with defaults, or null when it has none. */
export function containerProbe(container: JsonObject, kind: ProbeKind): ProbeSettings | null {
  const probe = field(container, kind);
  return isJsonObject(probe) ? probeSettings(probe) : null;
}
