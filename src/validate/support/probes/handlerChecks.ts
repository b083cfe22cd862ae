import type { ReportFinding } from '../../rule';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { ianaServiceNameProblems } from '../nameFormats';
import type { ObjectContext } from '../../objectContext';
import { decodedOptionalInteger, decodedString, objectItems, enumValueMeant } from '../decoding/decodedValue';
import { setFieldFix } from '../fixes/fieldFixes';

/** The actions a probe can take, in the order the API server checks them. */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
/** The actions a lifecycle hook can take (hooks have sleep, not grpc). */
export const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;
const SCHEMES = ['HTTP', 'HTTPS'];
const DEFAULT_GRACE_PERIOD_SECONDS = 30;

/** The pod's terminationGracePeriodSeconds after defaulting (30), which bounds a sleep hook. */
export function gracePeriodSeconds(podSpec: JsonObject | undefined): number {
  const value = decodedOptionalInteger(field(podSpec, 'terminationGracePeriodSeconds'));
  return typeof value === 'number' ? value : DEFAULT_GRACE_PERIOD_SECONDS;
}

/** Problems of an int-or-string port (`ValidatePortNumOrName`), or undefined when the value cannot be decoded. */
function portProblems(port: unknown): string[] | undefined {
  if (port === undefined || port === null) return ['is missing: set the port number or the name of a container port'];
  if (typeof port === 'number') {
    if (!Number.isInteger(port)) return undefined;
    return port >= 1 && port <= 65535 ? [] : [`${port} must be between 1 and 65535`];
  }
  if (typeof port !== 'string') return undefined;
  const problems = ianaServiceNameProblems(port);
  if (/^\d+$/.test(port))
    problems.push(`"${port}" is quoted, so it is read as a port name: write the number without quotes`);
  return problems.length > 0 ? [`"${port}" is not a valid port name: ${problems.join('; ')}`] : [];
}

function checkPort(action: JsonObject, path: DataPath, report: ReportFinding): void {
  const problems = portProblems(field(action, 'port'));
  if (!problems || problems.length === 0) return;
  report({ path: [...path, 'port'], errorType: 'Invalid', message: `The port ${problems.join('; ')}.` });
}

export interface HandlerUnderCheck {
  readonly handler: JsonObject;
  /** Path of the probe or hook: `spec.containers[0].livenessProbe`, `…lifecycle.preStop`. */
  readonly path: DataPath;
  readonly kind: 'probe' | 'hook';
  /** What it is, for messages: `The liveness probe of "web"`. */
  readonly label: string;
  readonly context: ObjectContext;
}

/**
 * `validateHandler` of the API server: exactly one action, and that action well formed (exec has a
 * command, httpGet/tcpSocket a valid port, grpc a port number, sleep fits in the grace period).
 * Shared by the probe and lifecycle hook rules.
 */
export function checkHandler({ handler, path, kind, label, context }: HandlerUnderCheck, report: ReportFinding): void {
  const actions = kind === 'probe' ? PROBE_HANDLERS : HOOK_HANDLERS;
  const present: string[] = [];
  for (const action of actions) {
    const value = field(handler, action);
    if (value === undefined || value === null) continue;
    if (!isJsonObject(value)) return; // a decode error: the schema rules report it
    present.push(action);
  }
  if (present.length === 0) {
    report({
      path,
      errorType: 'Required',
      message: `${label} has no action: set one of ${actions.join(', ')}.`,
    });
    return;
  }
  for (const extra of present.slice(1)) {
    report({
      path: [...path, extra],
      errorType: 'Forbidden',
      message: `${label} sets both ${present[0]} and ${extra}; it can take only one action.`,
    });
  }
  const action = present[0]!;
  const actionPath = [...path, action];
  const value = field(handler, action) as JsonObject;
  switch (action) {
    case 'exec': {
      const command = field(value, 'command');
      if (command === undefined || command === null || (Array.isArray(command) && command.length === 0)) {
        report({
          path: [...actionPath, 'command'],
          errorType: 'Required',
          message: `${label} runs exec without a command.`,
        });
      }
      return;
    }
    case 'httpGet': {
      checkPort(value, actionPath, report);
      const scheme = decodedString(field(value, 'scheme'));
      if (scheme && !SCHEMES.includes(scheme)) {
        const canonical = enumValueMeant(scheme, SCHEMES);
        report({
          path: [...actionPath, 'scheme'],
          errorType: 'NotSupported',
          message: `"${scheme}" is not an HTTP scheme; use HTTP or HTTPS (in capitals).`,
          ...(canonical
            ? { fix: setFieldFix(context, [...actionPath, 'scheme'], canonical, `Set scheme to ${canonical}`) }
            : {}),
        });
      }
      for (const { index, item } of objectItems(field(value, 'httpHeaders'))) {
        const name = decodedString(field(item, 'name'));
        if (name === undefined || HTTP_HEADER_NAME.test(name)) continue;
        report({
          path: [...actionPath, 'httpHeaders'],
          markerPath: [...actionPath, 'httpHeaders', index, 'name'],
          errorType: 'Invalid',
          message:
            name === ''
              ? 'An HTTP header needs a name.'
              : `"${name}" is not a valid HTTP header name: use letters, digits and "-".`,
        });
      }
      return;
    }
    case 'tcpSocket':
      checkPort(value, actionPath, report);
      return;
    case 'grpc': {
      const port = field(value, 'port');
      if (port !== undefined && port !== null && !(typeof port === 'number' && Number.isInteger(port))) return;
      const number = typeof port === 'number' ? port : 0;
      if (number < 1 || number > 65535) {
        report({
          path: [...actionPath, 'port'],
          errorType: 'Invalid',
          message:
            port === undefined || port === null
              ? `${label} uses grpc without a port.`
              : `The gRPC port ${number} must be between 1 and 65535.`,
        });
      }
      return;
    }
    case 'sleep': {
      const seconds = decodedOptionalInteger(field(value, 'seconds'));
      if (seconds === undefined) return;
      const effective = seconds ?? 0;
      const gracePeriod = gracePeriodSeconds(context.podSpec);
      if (effective < 0 || effective > gracePeriod) {
        report({
          path: actionPath,
          markerPath: [...actionPath, 'seconds'],
          errorType: 'Invalid',
          message: `${label} sleeps ${effective} seconds; it must be between 0 and the pod's terminationGracePeriodSeconds (${gracePeriod}).`,
        });
      }
      return;
    }
    default:
      return;
  }
}
