import type { ProbeKind } from '../../model/containers';

export const PROBE_TITLES: Readonly<Record<ProbeKind, string>> = {
  livenessProbe: 'liveness probe',
  readinessProbe: 'readiness probe',
  startupProbe: 'startup probe',
};
