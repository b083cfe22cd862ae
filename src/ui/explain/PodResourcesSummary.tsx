import type { JsonObject } from '../../model/jsonValue';
import { formatResourceQuantity } from '../../simulate/formatResourceQuantity';
import { podResources, type PodResourceLine } from '../../simulate/podResources';
import { qosClass } from '../../simulate/qosClass';
import './explain.css';

function howComputed(line: PodResourceLine): string {
  const format = (millis: bigint) => formatResourceQuantity(line.resource, millis);
  const parts = [`containers and sidecars together ${format(line.running)}`];
  if (line.initPeak) {
    const with_ = line.initPeak.sidecarsBefore.length > 0 ? ` with ${line.initPeak.sidecarsBefore.join(', ')}` : '';
    parts.push(`largest init step ${format(line.initPeak.millis)} (${line.initPeak.container}${with_})`);
  }
  if (line.overhead > 0n) parts.push(`+ overhead ${format(line.overhead)}`);
  if (line.limit === null) parts.push(`no limit in ${line.containersWithoutLimit.join(', ')}`);
  return parts.join('; ');
}

/** What the scheduler reserves for the pod, its limits, and its QoS class with the reason. */
export function PodResourcesSummary({ podSpec }: { podSpec: JsonObject }) {
  const lines = podResources(podSpec);
  const qos = qosClass(podSpec);
  return (
    <section className="pod-resources" aria-label="Pod resources">
      <p className="pod-resources__qos">
        QoS class <strong className={`qos-badge qos-badge--${qos.qosClass.toLowerCase()}`}>{qos.qosClass}</strong>
        <span className="pod-resources__reason">{qos.reason}</span>
      </p>
      {lines.length === 0 ? (
        <p className="pod-resources__empty">
          No container requests resources: the scheduler reserves nothing for this pod.
        </p>
      ) : (
        <table className="pod-resources__table">
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Scheduler reserves</th>
              <th scope="col">Pod limit</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.resource}>
                <th scope="row">{line.resource}</th>
                <td>{formatResourceQuantity(line.resource, line.request)}</td>
                <td>
                  {line.limit === null ? (
                    <span title={`No ${line.resource} limit in ${line.containersWithoutLimit.join(', ')}`}>none</span>
                  ) : (
                    formatResourceQuantity(line.resource, line.limit)
                  )}
                </td>
                <td className="pod-resources__how">{howComputed(line)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
