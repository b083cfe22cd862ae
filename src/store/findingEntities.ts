import { entityAtPath } from '../model/entityPaths';
import { containerEntityId, parseEntityId, POD_ENTITY_ID, type EntityId } from '../model/entityId';
import { sameObjectRef, type WorkloadEntry } from '../model/workloads';
import type { FindingData } from '../validate/finding';
import type { DesignerState } from './designerStore';
import { selectFindings } from './findings';
import { memoizeByObject } from './memoize';
import { selectCurrentWorkload } from './selectors';

/**
 * The canvas node a finding is about: its container (also for a probe or a mount of it), its
 * volume or claim template, or the pod. Null for findings about other objects of the file (a ConfigMap ...).
 * @example findingNodeId(workload, finding at spec.containers[1].ports[0]) === 'container:sidecar'
 */
export function findingNodeId(workload: WorkloadEntry | null, finding: FindingData): EntityId | null {
  if (!workload || !sameObjectRef(workload.ref, finding.objectRef)) return null;
  const entity = entityAtPath(workload.object, finding.markerPath ?? finding.path);
  const parsed = parseEntityId(entity);
  if (parsed?.type === 'probe' || parsed?.type === 'mount')
    return containerEntityId(parsed.container, parsed.occurrence);
  return parsed ? entity : POD_ENTITY_ID;
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

const NO_COUNTS: FindingCounts = { error: 0, warning: 0, info: 0 };

const countsByNode = memoizeByObject(
  (findings: readonly FindingData[], workload: WorkloadEntry | null): ReadonlyMap<EntityId, FindingCounts> => {
    const counts = new Map<EntityId, { error: number; warning: number; info: number }>();
    for (const finding of findings) {
      const id = findingNodeId(workload, finding);
      if (!id) continue;
      const entry = counts.get(id) ?? { error: 0, warning: 0, info: 0 };
      entry[finding.severity]++;
      counts.set(id, entry);
    }
    return counts;
  },
);

/** Error, warning and note counts per canvas node (container, volume, pod), memoised. */
export const selectFindingCountsByNode = (state: DesignerState): ReadonlyMap<EntityId, FindingCounts> =>
  countsByNode(selectFindings(state), selectCurrentWorkload(state));

/** The counts of one node (select them with zustand's useShallow: a badge re-renders only when they change). */
export const selectFindingCountsOf =
  (id: EntityId) =>
  (state: DesignerState): FindingCounts =>
    selectFindingCountsByNode(state).get(id) ?? NO_COUNTS;
