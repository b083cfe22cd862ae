import type { ContainerRole, ProbeKind } from '../model/containers';
import { field, isJsonObject, type JsonObject } from '../model/jsonValue';
import type { ContainerFault } from './lifecycleTypes';

export interface FaultChoice {
  readonly fault: ContainerFault;
  readonly label: string;
  /** Why it cannot happen to this container (no such probe), or null when it can. */
  readonly unavailable: string | null;
}

const PROBE_OF: Partial<Record<ContainerFault, ProbeKind>> = {
  livenessFails: 'livenessProbe',
  readinessFails: 'readinessProbe',
  startupFails: 'startupProbe',
};

const LABELS: Record<ContainerFault, string> = {
  none: 'Works',
  exitsNonZero: 'Exits non-zero',
  livenessFails: 'Liveness probe fails',
  readinessFails: 'Readiness probe fails',
  startupFails: 'Startup probe fails',
};

/** The "what if" choices for a container; probe failures only where it has that probe (plain init containers have none). */
export function faultChoices(role: ContainerRole, container: JsonObject): FaultChoice[] {
  return (Object.keys(LABELS) as ContainerFault[]).map((fault) => {
    const probe = PROBE_OF[fault];
    let unavailable: string | null = null;
    if (probe && role === 'init') unavailable = 'init containers have no probes';
    else if (probe && !isJsonObject(field(container, probe))) unavailable = `no ${probe}`;
    return { fault, label: LABELS[fault], unavailable };
  });
}
