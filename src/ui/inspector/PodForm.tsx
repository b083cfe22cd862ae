import { POD_ENTITY_ID } from '../../model/entityId';
import { field, type JsonObject } from '../../model/jsonValue';
import { getAtPath } from '../../model/valueAtPath';
import { WORKLOAD_KINDS, type WorkloadKind } from '../../model/workloadKinds';
import { podMetadataOf, podSpecOf } from '../../model/workloads';
import {
  dnsLabelProblem,
  integerProblem,
  labelKeyProblem,
  labelValueProblem,
  objectNameProblem,
} from '../../store/fieldChecks';
import { editPodLabelCommand, editWorkloadMapCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ControllerFields } from './ControllerFields';
import { BooleanField } from './fields/BooleanField';
import { InspectorSection } from './fields/InspectorSection';
import { KeptAsIs } from './fields/KeptAsIs';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { NumberField } from './fields/NumberField';
import { SelectField, withNotSet } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { podKeptFields } from './podKeptFields';
import { SetAsideNote } from './SetAsideNote';
import { asText, textOrRemove, useFieldSetter } from './useFieldSetter';
import { PodResourcesSummary } from '../explain/PodResourcesSummary';

/** The form shown when nothing is selected: the pod (or the workload around it). */
export function PodForm({ kind, workload }: { kind: WorkloadKind; workload: JsonObject }) {
  const store = useDesignerStore();
  const set = useFieldSetter(POD_ENTITY_ID);
  const info = WORKLOAD_KINDS[kind];
  const spec = info.podSpecPath;
  const podSpec = podSpecOf(workload);
  const name = asText(getAtPath(workload, ['metadata', 'name']));
  const security = (key: string) => getAtPath(podSpec, ['securityContext', key]);
  const setSecurity = (key: string, value: boolean | number | string | undefined) =>
    set(`Set pod ${key}`, [...spec, 'securityContext', key], value);
  const isPod = kind === 'Pod';
  return (
    <form className="inspector-form" aria-label={`${kind} ${name}`} onSubmit={(event) => event.preventDefault()}>
      <InspectorSection title={`${kind} ${name}`}>
        <TextField
          label="Name"
          value={name}
          monospace
          check={(text) => (text === '' ? 'A name is required.' : objectNameProblem(text))}
          onCommit={(text) => set(`Rename ${kind} ${name} to ${text}`, ['metadata', 'name'], text)}
        />
        <TextField
          label="Namespace"
          value={asText(getAtPath(workload, ['metadata', 'namespace']))}
          monospace
          placeholder="(the current namespace)"
          check={(text) => (text === '' ? null : dnsLabelProblem(text))}
          onCommit={(text) => set(`Set namespace of ${name}`, ['metadata', 'namespace'], textOrRemove(text))}
        />
        <ControllerFields kind={kind} workload={workload} set={set} />
        <SetAsideNote kind={kind} />
      </InspectorSection>
      <InspectorSection title={isPod ? 'Labels' : 'Pod labels'}>
        <KeyValueEditor
          noun="pod label"
          entries={field(podMetadataOf(workload), 'labels')}
          keyCheck={labelKeyProblem}
          valueCheck={labelValueProblem}
          onEdit={(edit) => editPodLabelCommand(store, edit)}
        />
      </InspectorSection>
      {!isPod && (
        <InspectorSection
          title={`${kind} labels`}
          closed={field(getAtPath(workload, ['metadata']), 'labels') === undefined}
        >
          <KeyValueEditor
            noun="label"
            entries={getAtPath(workload, ['metadata', 'labels'])}
            keyCheck={labelKeyProblem}
            valueCheck={labelValueProblem}
            onEdit={(edit) => editWorkloadMapCommand(store, 'label', ['metadata', 'labels'], edit)}
          />
        </InspectorSection>
      )}
      <InspectorSection title="Annotations" closed={getAtPath(workload, ['metadata', 'annotations']) === undefined}>
        <KeyValueEditor
          noun="annotation"
          entries={getAtPath(workload, ['metadata', 'annotations'])}
          keyCheck={labelKeyProblem}
          onEdit={(edit) => editWorkloadMapCommand(store, 'annotation', ['metadata', 'annotations'], edit)}
        />
      </InspectorSection>
      <InspectorSection title="Pod">
        <SelectField
          label="Restart policy"
          value={asText(field(podSpec, 'restartPolicy'))}
          options={withNotSet(info.allowedRestartPolicies, isPod ? 'Always (default)' : 'Not set')}
          hint={info.runsToCompletion ? 'Jobs need OnFailure or Never.' : undefined}
          onChange={(value) =>
            set(`Set restart policy to ${value || 'default'}`, [...spec, 'restartPolicy'], value || undefined)
          }
        />
        <TextField
          label="Service account"
          value={asText(field(podSpec, 'serviceAccountName'))}
          monospace
          placeholder="default"
          check={objectNameProblem}
          onCommit={(text) =>
            set(`Set service account to ${text || 'default'}`, [...spec, 'serviceAccountName'], textOrRemove(text))
          }
        />
        <NumberField
          label="Termination grace period (seconds)"
          value={field(podSpec, 'terminationGracePeriodSeconds')}
          placeholder="30 (the default)"
          check={integerProblem(0)}
          onCommit={(value) => set('Set termination grace period', [...spec, 'terminationGracePeriodSeconds'], value)}
        />
      </InspectorSection>
      <InspectorSection title="Pod security">
        <BooleanField
          label="Run as non-root (pod)"
          value={security('runAsNonRoot')}
          onChange={(value) => setSecurity('runAsNonRoot', value)}
        />
        <NumberField
          label="Run as user (pod)"
          value={security('runAsUser')}
          check={integerProblem(0, 2147483647)}
          onCommit={(value) => setSecurity('runAsUser', value)}
        />
        <NumberField
          label="Run as group (pod)"
          value={security('runAsGroup')}
          check={integerProblem(0, 2147483647)}
          onCommit={(value) => setSecurity('runAsGroup', value)}
        />
        <NumberField
          label="File system group (fsGroup)"
          value={security('fsGroup')}
          check={integerProblem(0, 2147483647)}
          onCommit={(value) => setSecurity('fsGroup', value)}
        />
        <SelectField
          label="Seccomp profile"
          value={asText(getAtPath(podSpec, ['securityContext', 'seccompProfile', 'type']))}
          options={withNotSet(['RuntimeDefault', 'Localhost', 'Unconfined'])}
          onChange={(value) =>
            set(
              `Set seccomp profile to ${value || 'default'}`,
              [...spec, 'securityContext', 'seccompProfile'],
              value === ''
                ? undefined
                : value === 'Localhost'
                  ? { type: value, localhostProfile: 'profiles/default.json' }
                  : { type: value },
            )
          }
        />
        {getAtPath(podSpec, ['securityContext', 'seccompProfile', 'type']) === 'Localhost' && (
          <TextField
            label="Localhost profile"
            value={asText(getAtPath(podSpec, ['securityContext', 'seccompProfile', 'localhostProfile']))}
            monospace
            check={(text) => (text === '' ? 'A Localhost profile needs a file name.' : null)}
            onCommit={(text) =>
              set(
                'Set seccomp localhost profile',
                [...spec, 'securityContext', 'seccompProfile', 'localhostProfile'],
                text,
              )
            }
          />
        )}
      </InspectorSection>
      <InspectorSection title="Resources and QoS class" closed>
        <PodResourcesSummary podSpec={podSpecOf(workload)} />
      </InspectorSection>
      <KeptAsIs fields={podKeptFields(kind, workload)} what={`${kind} ${name}`} />
    </form>
  );
}
