import type { JsonObject } from '../jsonValue';
import { updateAtPath } from '../valueAtPath';
import type { Manifest } from '../manifest';
import { listServices, podLabelsOf, workloadsSelectedBy } from '../services';
import { getObject, listWorkloads, sameObjectRef, updateObject, type ObjectRef } from '../workloads';
import { setMapEntry, type MapEntryEdit } from './setMapEntry';
import { setPodLabel } from './setPodLabel';

/** The manifest after the label edit, and the Services whose selectors followed it. */
export interface PodLabelEdit {
  readonly manifest: Manifest;
  readonly services: readonly string[];
}

/**
 * Edits a pod label of the workload at `ref` (its controller's selector follows, see setPodLabel)
 * and, for a rename or a removal, the selector of every Service of the file that selected the
 * pods through that label, so the Services keep reaching them.
 * @example setPodLabelWithServices(manifest, ref, { from: 'app', to: 'name', value: 'web' })
 */
export function setPodLabelWithServices(manifest: Manifest, ref: ObjectRef, edit: MapEntryEdit): PodLabelEdit {
  const workload = getObject(manifest, ref);
  if (!workload) return { manifest, services: [] };
  const entry = listWorkloads(manifest).find((candidate) => sameObjectRef(candidate.ref, ref));
  const oldValue = edit.from === null ? undefined : podLabelsOf(workload)[edit.from];
  const renamedOrRemoved = edit.from !== null && (edit.to !== edit.from || edit.value !== oldValue);
  let next = updateObject(manifest, ref, (object) => setPodLabel(object, edit));
  const services: string[] = [];
  if (!entry || !renamedOrRemoved || oldValue === undefined) return { manifest: next, services };
  for (const service of listServices(manifest)) {
    if (workloadsSelectedBy(service, [entry]).length === 0) continue;
    if (service.selector?.[edit.from!] !== oldValue) continue;
    // Removing a Service's only selector label would make it select nothing: that one stays.
    if (edit.to === null && Object.keys(service.selector ?? {}).length === 1) continue;
    next = updateObject(
      next,
      service.ref,
      (object) => updateAtPath(object, ['spec', 'selector'], (selector) => setMapEntry(selector, edit)) as JsonObject,
    );
    services.push(service.name);
  }
  return { manifest: next, services };
}
