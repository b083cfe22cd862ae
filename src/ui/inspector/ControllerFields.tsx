import { field, type JsonObject } from '../../model/jsonValue';
import { getAtPath } from '../../model/valueAtPath';
import type { WorkloadKind } from '../../model/workloadKinds';
import { WORKLOAD_KINDS } from '../../model/workloadKinds';
import { cronScheduleProblem, integerProblem } from '../../store/fieldChecks';
import { NumberField } from './fields/NumberField';
import { SelectField, withNotSet } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { asText, type FieldSetter } from './useFieldSetter';

const REPLICATED: readonly WorkloadKind[] = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

const JOB_FIELDS = [
  { key: 'completions', label: 'Completions', min: 0 },
  { key: 'parallelism', label: 'Parallelism', min: 0 },
  { key: 'backoffLimit', label: 'Backoff limit (retries)', min: 0 },
  { key: 'activeDeadlineSeconds', label: 'Active deadline (seconds)', min: 1 },
] as const;

/** Fields of the controller around the pod, depending on the workload kind. */
export function ControllerFields({
  kind,
  workload,
  set,
}: {
  kind: WorkloadKind;
  workload: JsonObject;
  set: FieldSetter;
}) {
  const info = WORKLOAD_KINDS[kind];
  const selector =
    info.selector === 'labelSelector'
      ? getAtPath(workload, ['spec', 'selector', 'matchLabels'])
      : info.selector === 'labelMap'
        ? getAtPath(workload, ['spec', 'selector'])
        : undefined;
  const selectorText =
    selector && typeof selector === 'object' && !Array.isArray(selector)
      ? Object.entries(selector)
          .map(([key, value]) => `${key}=${asText(value)}`)
          .join(', ')
      : '';
  const jobSpec = kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
  return (
    <>
      {REPLICATED.includes(kind) && (
        <NumberField
          label="Replicas"
          value={getAtPath(workload, ['spec', 'replicas'])}
          placeholder="1 (the default)"
          check={integerProblem(0)}
          onCommit={(value) => set(`Set replicas to ${value ?? 'default'}`, ['spec', 'replicas'], value)}
        />
      )}
      {info.selector !== 'none' && (
        <p className="inspector-fact">
          Selector: <code>{selectorText || '(none)'}</code>
          <br />
          <span className="field__hint">Follows the pod labels when you edit them here.</span>
        </p>
      )}
      {kind === 'CronJob' && (
        <>
          <TextField
            label="Schedule"
            value={asText(getAtPath(workload, ['spec', 'schedule']))}
            monospace
            placeholder="*/5 * * * *"
            check={cronScheduleProblem}
            onCommit={(text) => set(`Set schedule to ${text.trim()}`, ['spec', 'schedule'], text.trim())}
          />
          <SelectField
            label="Concurrency policy"
            value={asText(getAtPath(workload, ['spec', 'concurrencyPolicy']))}
            options={withNotSet(['Allow', 'Forbid', 'Replace'], 'Allow (default)')}
            onChange={(value) => set('Set concurrency policy', ['spec', 'concurrencyPolicy'], value || undefined)}
          />
        </>
      )}
      {(kind === 'Job' || kind === 'CronJob') &&
        JOB_FIELDS.map((job) => (
          <NumberField
            key={job.key}
            label={job.label}
            value={field(getAtPath(workload, jobSpec), job.key)}
            check={integerProblem(job.min)}
            onCommit={(value) => set(`Set ${job.key} to ${value ?? 'default'}`, [...jobSpec, job.key], value)}
          />
        ))}
    </>
  );
}
