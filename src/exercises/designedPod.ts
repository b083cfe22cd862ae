import type { DataPath } from '../model/dataPath';
import type { JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { listWorkloads, podSpecOf, workloadKindOf, type ObjectRef } from '../model/workloads';

/** The pod an exercise is about: the first workload of the design. */
export interface DesignedPod {
  readonly ref: ObjectRef;
  readonly podSpec: JsonObject;
  /** Where the pod spec sits inside the workload object (`spec` or `spec.template.spec`). */
  readonly podSpecPath: DataPath;
}

/** The first workload's pod, or null when the design has no workload. */
export function designedPod(documents: Manifest): DesignedPod | null {
  const workload = listWorkloads(documents)[0];
  if (!workload) return null;
  return {
    ref: workload.ref,
    podSpec: podSpecOf(workload.object),
    podSpecPath: workloadKindOf(workload.object)?.podSpecPath ?? ['spec'],
  };
}
