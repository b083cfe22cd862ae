import { createMapProjector, type ApplicationMap, type MapObjectStatus } from '../graph/applicationMap';
import { mapEntityId } from '../graph/mapEntityId';
import type { EntityId } from '../model/entityId';
import type { Manifest } from '../model/manifest';
import { podSecurityLevel } from '../validate/podSecurityLevel';
import type { DesignerState } from './designerStore';
import { MAP_POSITIONS_KEY, type XYPosition } from './documentSnapshot';
import { selectFindings } from './findings';
import { memoizeLast } from './memoize';
import { measureStage } from './stageTiming';
import { selectManifest } from './selectors';
import type { ReportedFinding } from './validation/reportedFinding';

const NO_POSITIONS: Readonly<Record<EntityId, XYPosition>> = {};

/** Findings counted per object of the map, with the workloads' Pod Security level. */
export function objectStatuses(findings: readonly ReportedFinding[]): ReadonlyMap<EntityId, MapObjectStatus> {
  const byObject = new Map<EntityId, ReportedFinding[]>();
  for (const finding of findings) {
    const id = mapEntityId(finding.objectRef);
    const list = byObject.get(id);
    if (list) list.push(finding);
    else byObject.set(id, [finding]);
  }
  const statuses = new Map<EntityId, MapObjectStatus>();
  for (const [id, list] of byObject) {
    const level = podSecurityLevel(list);
    statuses.set(id, {
      errors: list.filter((finding) => finding.severity === 'error').length,
      warnings: list.filter((finding) => finding.severity === 'warning').length,
      infos: list.filter((finding) => finding.severity === 'info').length,
      podSecurity: level.restricted.passes ? 'Restricted' : level.baseline.passes ? 'Baseline' : 'Privileged',
    });
  }
  return statuses;
}

/**
 * A selector of the application map, recomputed only when the document, findings, positions or
 * selection change, and re-using the card and edge objects that did not change.
 */
export function createMapSelector(): (state: DesignerState) => ApplicationMap {
  const statusesMemo = memoizeLast(objectStatuses);
  const project = createMapProjector();
  const projectMemo = memoizeLast(
    (
      manifest: Manifest,
      status: ReadonlyMap<EntityId, MapObjectStatus>,
      positions: Readonly<Record<EntityId, XYPosition>>,
      selectedIds: readonly EntityId[],
    ) => measureStage('project', () => project({ manifest, status, positions, selectedIds })),
  );
  return (state) =>
    projectMemo(
      selectManifest(state),
      statusesMemo(selectFindings(state)),
      state.positions[MAP_POSITIONS_KEY] ?? NO_POSITIONS,
      state.selection.ids,
    );
}
