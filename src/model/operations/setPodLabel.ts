import { field, isJsonObject, type JsonObject } from '../jsonValue';
import { getAtPath, updateAtPath } from '../valueAtPath';
import type { DataPath } from '../dataPath';
import { WORKLOAD_KINDS } from '../workloadKinds';
import { workloadKindOf } from '../workloads';
import { setMapEntry, type MapEntryEdit } from './setMapEntry';

/**
 * The path of the controller's selector entry that matches the label `edit` changes, renames or
 * removes (so it would have to follow for the controller to keep selecting its pods); null when no
 * selector entry depends on it (a Pod, a new label, a selector that does not use the label).
 */
export function selectorFollowingLabel(workload: JsonObject, edit: MapEntryEdit): DataPath | null {
  const info = workloadKindOf(workload) ?? WORKLOAD_KINDS.Pod;
  if (info.selector === 'none' || edit.from === null) return null;
  const selectorPath = info.selector === 'labelSelector' ? ['spec', 'selector', 'matchLabels'] : ['spec', 'selector'];
  const selector = getAtPath(workload, selectorPath);
  const label = field(getAtPath(workload, [...info.podMetadataPath, 'labels']), edit.from);
  if (!isJsonObject(selector) || field(selector, edit.from) === undefined) return null;
  if (field(selector, edit.from) !== label) return null;
  if (edit.to === edit.from && edit.value === label) return null;
  return selectorPath;
}

/**
 * Adds, changes, renames or removes one label of the pod (a Pod's own labels, a controller's
 * template labels). With `followSelector` (the default) a controller's selector follows: a
 * selector label that matched the edited label is renamed, changed or removed with it, so the
 * controller keeps selecting its pods. Without it only the label changes.
 * @example setPodLabel(deployment, { from: 'app', to: 'app', value: 'shop' })
 */
export function setPodLabel(workload: JsonObject, edit: MapEntryEdit, followSelector = true): JsonObject {
  const info = workloadKindOf(workload) ?? WORKLOAD_KINDS.Pod;
  const labelsPath = [...info.podMetadataPath, 'labels'];
  const selectorPath = followSelector ? selectorFollowingLabel(workload, edit) : null;
  const next = updateAtPath(workload, labelsPath, (labels) => setMapEntry(labels, edit)) as JsonObject;
  if (!selectorPath) return next;
  return updateAtPath(next, selectorPath, (labels) => setMapEntry(labels, edit)) as JsonObject;
}
