import { field, isJsonObject, type JsonObject } from '../jsonValue';
import { getAtPath, updateAtPath } from '../valueAtPath';
import { WORKLOAD_KINDS } from '../workloadKinds';
import { workloadKindOf } from '../workloads';
import { setMapEntry, type MapEntryEdit } from './setMapEntry';

/**
 * Adds, changes, renames or removes one label of the pod (a Pod's own labels, a controller's
 * template labels). A controller's selector follows: a selector label that matched the edited
 * label is renamed, changed or removed with it, so the controller keeps selecting its pods.
 * @example setPodLabel(deployment, { from: 'app', to: 'app', value: 'shop' })
 */
export function setPodLabel(workload: JsonObject, edit: MapEntryEdit): JsonObject {
  const info = workloadKindOf(workload) ?? WORKLOAD_KINDS.Pod;
  const labelsPath = [...info.podMetadataPath, 'labels'];
  const oldLabels = getAtPath(workload, labelsPath);
  const next = updateAtPath(workload, labelsPath, (labels) => setMapEntry(labels, edit)) as JsonObject;
  if (info.selector === 'none' || edit.from === null) return next;
  const selectorPath = info.selector === 'labelSelector' ? ['spec', 'selector', 'matchLabels'] : ['spec', 'selector'];
  const selector = getAtPath(next, selectorPath);
  if (!isJsonObject(selector) || field(selector, edit.from) === undefined) return next;
  if (field(selector, edit.from) !== field(oldLabels, edit.from)) return next;
  return updateAtPath(next, selectorPath, (labels) => setMapEntry(labels, edit)) as JsonObject;
}
