import { deepEqual, field, isJsonObject, type JsonObject, type JsonValue } from '../../../model/jsonValue';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const TIMING_DEFAULTS = {
  initialDelaySeconds: 0,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
} as const;

/** The check a probe runs, with API defaults applied (httpGet path `/`, scheme HTTP). */
export function probeHandler(
  probe: JsonValue | undefined,
): { readonly kind: string; readonly handler: JsonValue } | undefined {
  if (!isJsonObject(probe)) return undefined;
  for (const kind of HANDLERS) {
    const handler = field(probe, kind);
    if (!isJsonObject(handler)) continue;
    if (kind !== 'httpGet') return { kind, handler };
    const normalized: JsonObject = { path: '/', scheme: 'HTTP', ...handler };
    return { kind, handler: normalized };
  }
  return undefined;
}

export function sameProbeHandler(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  const first = probeHandler(a);
  const second = probeHandler(b);
  return (
    first !== undefined &&
    second !== undefined &&
    first.kind === second.kind &&
    deepEqual(first.handler, second.handler)
  );
}

/** A probe timing field with its API default (0 and unset mean the default). */
export function probeTiming(probe: JsonValue | undefined, key: keyof typeof TIMING_DEFAULTS): number {
  const value = field(probe, key);
  return typeof value === 'number' && value > 0 ? value : TIMING_DEFAULTS[key];
}

export function sameProbeTimings(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return (Object.keys(TIMING_DEFAULTS) as (keyof typeof TIMING_DEFAULTS)[])
    .filter((key) => key !== 'successThreshold')
    .every((key) => probeTiming(a, key) === probeTiming(b, key));
}
