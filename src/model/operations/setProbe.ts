import type { ProbeKind } from '../containers';
import type { JsonObject } from '../jsonValue';
import { withKey } from '../valueAtPath';
import { updateContainer } from './updatePodSpec';

/** Sets (adds or replaces) a liveness, readiness or startup probe of a container. */
export function setProbe(workload: JsonObject, containerName: string, kind: ProbeKind, probe: JsonObject): JsonObject {
  return updateContainer(workload, containerName, (container) => withKey(container, kind, probe));
}
