import { PROBE_KINDS, type ProbeKind } from '../../model/containers';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../../model/jsonValue';

export interface PortSummary {
  readonly label: string;
  readonly name: string | null;
}

/** Ports as people read them: `8080/TCP (http)`. */
export function describePorts(container: JsonObject): PortSummary[] {
  const ports = field(container, 'ports');
  if (!isJsonArray(ports)) return [];
  return ports.filter(isJsonObject).map((port) => {
    const number = field(port, 'containerPort');
    const protocol = field(port, 'protocol');
    const name = field(port, 'name');
    const suffix = typeof protocol === 'string' && protocol !== 'TCP' ? `/${protocol}` : '';
    return { label: `${String(number ?? '?')}${suffix}`, name: typeof name === 'string' ? name : null };
  });
}

/** Requests and limits in short form: `cpu 250m–500m · mem 64Mi–128Mi`, or null when unset. */
export function describeResources(container: JsonObject): string | null {
  const resources = field(container, 'resources');
  const requests = field(resources, 'requests');
  const limits = field(resources, 'limits');
  const parts: string[] = [];
  for (const [resource, short] of [
    ['cpu', 'cpu'],
    ['memory', 'mem'],
  ] as const) {
    const request = field(requests, resource);
    const limit = field(limits, resource);
    if (request === undefined && limit === undefined) continue;
    const text = (value: JsonValue | undefined): string =>
      value === undefined || value === null ? '–' : String(value);
    parts.push(
      request !== undefined && limit !== undefined
        ? `${short} ${text(request)}/${text(limit)}`
        : limit !== undefined
          ? `${short} ≤${text(limit)}`
          : `${short} ${text(request)}`,
    );
  }
  return parts.length ? parts.join(' · ') : null;
}

export interface ProbeSummary {
  readonly kind: ProbeKind;
  readonly label: string;
  /** The handler: `HTTP /healthz:8080`, `TCP 5432`, `exec cat /tmp/ready`, `gRPC 9000`. */
  readonly handler: string;
}

export const PROBE_LABELS: Record<ProbeKind, string> = {
  livenessProbe: 'Liveness',
  readinessProbe: 'Readiness',
  startupProbe: 'Startup',
};

export function describeProbeHandler(probe: JsonValue | undefined): string {
  if (!isJsonObject(probe)) return 'no handler';
  const httpGet = field(probe, 'httpGet');
  if (isJsonObject(httpGet)) {
    const path = field(httpGet, 'path');
    const scheme = field(httpGet, 'scheme') === 'HTTPS' ? 'HTTPS' : 'HTTP';
    return `${scheme} ${typeof path === 'string' ? path : '/'}:${String(field(httpGet, 'port') ?? '?')}`;
  }
  const tcp = field(probe, 'tcpSocket');
  if (isJsonObject(tcp)) return `TCP ${String(field(tcp, 'port') ?? '?')}`;
  const grpc = field(probe, 'grpc');
  if (isJsonObject(grpc)) return `gRPC ${String(field(grpc, 'port') ?? '?')}`;
  const exec = field(probe, 'exec');
  if (isJsonObject(exec)) {
    const command = field(exec, 'command');
    return `exec ${isJsonArray(command) ? command.map(String).join(' ') : ''}`.trim();
  }
  return 'no handler';
}

export function describeProbes(container: JsonObject): ProbeSummary[] {
  return PROBE_KINDS.flatMap((kind) => {
    const probe = field(container, kind);
    if (probe === undefined || probe === null) return [];
    return [{ kind, label: PROBE_LABELS[kind], handler: describeProbeHandler(probe) }];
  });
}
