import type { ProbeKind } from '../containers';
import type { JsonObject } from '../jsonValue';
import { withoutKey } from '../valueAtPath';
import { updateContainer } from './updatePodSpec';

export function removeProbe(workload: JsonObject, containerName: string, kind: ProbeKind): JsonObject {
  return updateContainer(workload, containerName, (container) => withoutKey(container, kind));
}
