import { entityAtPath } from '../model/entityPaths';
import { containerEntityId, parseEntityId, POD_ENTITY_ID, type EntityId } from '../model/entityId';
import { sameObjectRef, type WorkloadEntry } from '../model/workloads';
import type { Finding } from '../validate/finding';
import type { DesignerState } from './designerStore';
import { selectFindings } from './findings';
import { memoizeLast } from './memoize';
import { selectCurrentWorkload } from './selectors';

/**
 * The canvas node a finding is about: its container (also for a probe or a mount of it), its
 * volume or claim template, or the pod. Null for findings about other objects of the file (a ConfigMap ...).
 * @example findingNodeId(workload, finding at spec.containers[1].ports[0]) === 'container:sidecar'
 */
export function findingNodeId(workload: WorkloadEntry | null, finding: Finding): EntityId | null {
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
let previousCounts = new Map<EntityId, FindingCounts>();

const countsByNode = memoizeLast(
  (findings: readonly Finding[], workload: WorkloadEntry | null): ReadonlyMap<EntityId, FindingCounts> => {
    const counts = new Map<EntityId, { error: number; warning: number; info: number }>();
    for (const finding of findings) {
      const id = findingNodeId(workload, finding);
      if (!id) continue;
      const entry = counts.get(id) ?? { error: 0, warning: 0, info: 0 };
      entry[finding.severity]++;
      counts.set(id, entry);
    }
    // Keep the previous object for counts that did not change, so only the badges that change re-render.
    const result = new Map<EntityId, FindingCounts>();
    for (const [id, entry] of counts) {
      const before = previousCounts.get(id);
      result.set(
        id,
        before && before.error === entry.error && before.warning === entry.warning && before.info === entry.info
          ? before
          : entry,
      );
    }
    previousCounts = result;
    return result;
  },
);

/** Error, warning and note counts per canvas node (container, volume, pod), memoised. */
export const selectFindingCountsByNode = (state: DesignerState): ReadonlyMap<EntityId, FindingCounts> =>
  countsByNode(selectFindings(state), selectCurrentWorkload(state));

/** The counts of one node (the same object while they do not change). */
export const selectFindingCountsOf =
  (id: EntityId) =>
  (state: DesignerState): FindingCounts =>
    selectFindingCountsByNode(state).get(id) ?? NO_COUNTS;
