import type { ProbeKind } from '../../model/containers';
import type { JsonObject } from '../../model/jsonValue';
import { probeSettings } from '../../simulate/probeSettings';
import { describeProbeTiming } from '../../simulate/probeTiming';
import './explain.css';

const PROBE_NAMES: Record<ProbeKind, string> = {
  livenessProbe: 'Liveness',
  readinessProbe: 'Readiness',
  startupProbe: 'Startup',
};

/** What one probe's numbers mean in seconds: kill after, Ready after, startup budget. */
export function ProbeTimingSummary({ kind, probe }: { kind: ProbeKind; probe: JsonObject }) {
  const settings = probeSettings(probe);
  return (
    <div className="probe-timing">
      <div className="probe-timing__title">
        {PROBE_NAMES[kind]} probe
        <span className="probe-timing__numbers">
          delay {settings.initialDelaySeconds} s · period {settings.periodSeconds} s · timeout {settings.timeoutSeconds}{' '}
          s · failure {settings.failureThreshold} · success {settings.successThreshold}
        </span>
      </div>
      <ul>
        {describeProbeTiming(kind, settings).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
