import { field, isJsonObject } from '../../model/jsonValue';
import { getObject } from '../../model/workloads';
import { MET, type StepContext, type StepOutcome, unmet } from './stepContext';

/** The workload is one of `kinds`, with at least `minReplicas` replicas (1 when the field is absent). */
export function workloadKindStep(context: StepContext, kinds: readonly string[], minReplicas: number): StepOutcome {
  const object = getObject(context.documents, context.pod.ref);
  const kind = object ? field(object, 'kind') : undefined;
  if (typeof kind !== 'string' || !kinds.includes(kind)) return unmet(`The workload is a ${String(kind)}.`);
  const spec = object ? field(object, 'spec') : undefined;
  const replicasField = isJsonObject(spec) ? field(spec, 'replicas') : undefined;
  const replicas = typeof replicasField === 'number' ? replicasField : 1;
  return replicas >= minReplicas ? MET : unmet(`The ${kind} runs ${replicas} replica(s).`);
}
