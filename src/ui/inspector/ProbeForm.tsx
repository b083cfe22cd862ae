import type { ProbeKind } from '../../model/containers';
import { containerEntityId, probeEntityId } from '../../model/entityId';
import { field, type JsonObject, type JsonValue } from '../../model/jsonValue';
import { integerProblem, parsePortReference, portNumberProblem, portReferenceProblem } from '../../store/fieldChecks';
import { removeProbeCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
import { NumberField } from './fields/NumberField';
import { SelectField, withNotSet } from './fields/SelectField';
import { StringListField } from './fields/StringListField';
import { TextField } from './fields/TextField';
import { PROBE_TITLES } from './probeTitles';
import { unmodelledFields } from './unmodelledFields';
import { asText, textOrRemove, useFieldSetter } from './useFieldSetter';
import { ProbeTimingSummary } from '../explain/ProbeTimingSummary';

const HANDLERS = [
  { value: 'httpGet', label: 'HTTP GET request' },
  { value: 'tcpSocket', label: 'TCP connection' },
  { value: 'exec', label: 'Command in the container' },
  { value: 'grpc', label: 'gRPC health check' },
];

const TIMING = [
  { key: 'initialDelaySeconds', label: 'Initial delay (seconds)', min: 0 },
  { key: 'periodSeconds', label: 'Period (seconds)', min: 1 },
  { key: 'timeoutSeconds', label: 'Timeout (seconds)', min: 1 },
  { key: 'failureThreshold', label: 'Failure threshold', min: 1 },
  { key: 'successThreshold', label: 'Success threshold', min: 1 },
] as const;

/** A new handler of the chosen type, checking the container's first port. */
function handlerOf(type: string, port: JsonValue): JsonObject {
  switch (type) {
    case 'tcpSocket':
      return { port };
    case 'exec':
      return { command: ['cat', '/tmp/healthy'] };
    case 'grpc':
      return { port: typeof port === 'number' ? port : 8080 };
    default:
      return { path: '/', port };
  }
}

/** The form of a liveness, readiness or startup probe: how it checks, and how often. */
export function ProbeForm({
  containerName,
  kind,
  probe,
  defaultPort,
  portNames,
}: {
  containerName: string;
  kind: ProbeKind;
  probe: JsonObject;
  defaultPort: JsonValue;
  portNames: readonly string[];
}) {
  const store = useDesignerStore();
  const set = useFieldSetter(probeEntityId(containerName, kind));
  const title = `${PROBE_TITLES[kind]} of ${containerName}`;
  const type = HANDLERS.find((handler) => field(probe, handler.value) !== undefined)?.value ?? '';
  const handler = field(probe, type);
  const put = (what: string, path: (string | number)[], value: JsonValue | undefined) =>
    set(`Set ${what} of the ${title}`, [type, ...path], value, 1);
  const namedPortProblem = (text: string) => {
    const problem = portReferenceProblem(text);
    if (problem) return problem;
    const port = parsePortReference(text);
    return typeof port === 'string' && !portNames.includes(port)
      ? `Container ${containerName} has no port named "${port}".`
      : null;
  };
  const portField = (check: (text: string) => string | null, hint: string) => (
    <TextField
      label="Port"
      value={asText(field(handler, 'port'))}
      monospace
      hint={hint}
      check={check}
      onCommit={(text) => put('port', ['port'], parsePortReference(text))}
    />
  );
  return (
    <form className="inspector-form" aria-label={title} onSubmit={(event) => event.preventDefault()}>
      <InspectorSection title={PROBE_TITLES[kind][0]!.toUpperCase() + PROBE_TITLES[kind].slice(1)}>
        <p className="inspector-fact">
          Of container{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => store.getState().select([containerEntityId(containerName)], 'panel')}
          >
            {containerName}
          </button>
        </p>
        <SelectField
          label="Check by"
          value={type}
          options={type === '' ? [{ value: '', label: 'Choose how to check' }, ...HANDLERS] : HANDLERS}
          onChange={(next) => {
            if (next === '' || next === type) return;
            set(`Check the ${title} by ${next}`, [], {
              ...withoutHandlers(probe),
              [next]: handlerOf(next, defaultPort),
            });
          }}
        />
        {type === 'httpGet' && (
          <>
            <TextField
              label="Path"
              value={asText(field(handler, 'path'))}
              monospace
              placeholder="/healthz"
              onCommit={(text) => put('path', ['path'], textOrRemove(text))}
            />
            {portField(namedPortProblem, 'A number, or the name of a port of the container.')}
            <SelectField
              label="Scheme"
              value={asText(field(handler, 'scheme'))}
              options={withNotSet(['HTTP', 'HTTPS'], 'HTTP (default)')}
              onChange={(value) => put('scheme', ['scheme'], value || undefined)}
            />
          </>
        )}
        {type === 'tcpSocket' && portField(namedPortProblem, 'A number, or the name of a port of the container.')}
        {type === 'exec' && (
          <StringListField
            label="Command"
            value={field(handler, 'command')}
            hint="Healthy when it exits with 0. One item per line."
            onCommit={(items) => put('command', ['command'], items ?? [])}
          />
        )}
        {type === 'grpc' && (
          <>
            {portField(portNumberProblem, 'gRPC probes take a port number.')}
            <TextField
              label="Service"
              value={asText(field(handler, 'service'))}
              monospace
              onCommit={(text) => put('service', ['service'], textOrRemove(text))}
            />
          </>
        )}
      </InspectorSection>
      <InspectorSection title="Timing">
        {TIMING.map((timing) => (
          <NumberField
            key={timing.key}
            label={timing.label}
            value={field(probe, timing.key)}
            check={integerProblem(timing.min)}
            hint={
              timing.key === 'successThreshold' && kind !== 'readinessProbe'
                ? 'Must be 1 for liveness and startup probes.'
                : undefined
            }
            onCommit={(value) => set(`Set ${timing.key} of the ${title}`, [timing.key], value)}
          />
        ))}
        <button type="button" onClick={() => removeProbeCommand(store, containerName, kind)}>
          Remove {PROBE_TITLES[kind]}
        </button>
      </InspectorSection>
      <InspectorSection title="What these numbers mean">
        <ProbeTimingSummary kind={kind} probe={probe} />
      </InspectorSection>
      <KeptAsIs
        fields={unmodelledFields(probe, {
          httpGet: ['path', 'port', 'scheme'],
          tcpSocket: ['port'],
          exec: ['command'],
          grpc: ['port', 'service'],
          ...Object.fromEntries(TIMING.map((timing) => [timing.key, true as const])),
        })}
        what={title}
      />
    </form>
  );
}

function withoutHandlers(probe: JsonObject): JsonObject {
  const kept: Record<string, JsonValue> = {};
  for (const key of Object.keys(probe))
    if (!HANDLERS.some((handler) => handler.value === key))
      Object.defineProperty(kept, key, { value: probe[key], enumerable: true, writable: true, configurable: true });
  return kept;
}
