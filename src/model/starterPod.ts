import type { JsonObject } from './jsonValue';

/** The Pod a design starts from when the file has no workload yet. */
export function starterPod(name = 'my-pod'): JsonObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [] } };
}
