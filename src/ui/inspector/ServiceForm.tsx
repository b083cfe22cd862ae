import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';
import type { ObjectRef } from '../../model/workloads';
import { deleteService, setServiceField } from '../../store/commands/serviceCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { InspectorSection } from './fields/InspectorSection';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { asText, textOrRemove } from './useFieldSetter';

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].map((type) => ({
  value: type,
  label: type,
}));

/** A port or targetPort as typed: a number when it is one, else the port's name. */
const portValue = (text: string): number | string | undefined => {
  const trimmed = textOrRemove(text);
  return trimmed !== undefined && /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

/** A Service selected on the map: its name, type, ports and selector; deleting it. */
export function ServiceForm({ serviceRef, service }: { serviceRef: ObjectRef; service: JsonObject }) {
  const store = useDesignerStore();
  const set = (label: string, path: (string | number)[], value: Parameters<typeof setServiceField>[3]) =>
    void setServiceField(store, serviceRef, path, value, label);
  const spec = field(service, 'spec');
  const ports = field(spec, 'ports');
  const selector = field(spec, 'selector');
  return (
    <>
      <InspectorSection title={`Service ${asText(field(field(service, 'metadata'), 'name'))}`}>
        <TextField
          label="Name"
          value={asText(field(field(service, 'metadata'), 'name'))}
          monospace
          onCommit={(text) => set('Rename Service', ['metadata', 'name'], textOrRemove(text))}
        />
        <SelectField
          label="Type"
          value={asText(field(spec, 'type')) || 'ClusterIP'}
          options={SERVICE_TYPES}
          onChange={(type) => set('Change Service type', ['spec', 'type'], type === 'ClusterIP' ? undefined : type)}
        />
        <p className="inspector__hint">
          Selects pods labelled{' '}
          <code>
            {selector && typeof selector === 'object' && !Array.isArray(selector)
              ? Object.entries(selector)
                  .map(([key, value]) => `${key}=${String(value)}`)
                  .join(', ')
              : '(nothing)'}
          </code>
          .
        </p>
      </InspectorSection>
      <InspectorSection title="Ports">
        {isJsonArray(ports) &&
          ports.map((port, index) => (
            <div key={index} className="inspector__row">
              <TextField
                label={`Port ${index + 1}`}
                value={asText(field(port, 'port'))}
                inputMode="numeric"
                onCommit={(text) => set('Change Service port', ['spec', 'ports', index, 'port'], portValue(text))}
              />
              <TextField
                label={`Target port ${index + 1}`}
                value={asText(field(port, 'targetPort'))}
                hint="A container port's number or name"
                onCommit={(text) =>
                  set('Change Service targetPort', ['spec', 'ports', index, 'targetPort'], portValue(text))
                }
              />
            </div>
          ))}
      </InspectorSection>
      <button type="button" className="inspector__danger" onClick={() => deleteService(store, serviceRef)}>
        Delete Service
      </button>
    </>
  );
}
