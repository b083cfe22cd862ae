import type { DataPath } from '../dataPath';
import type { JsonObject } from '../jsonValue';
import { updateAtPath } from '../valueAtPath';
import type { Manifest } from '../manifest';
import { listServices, podLabelsOf, workloadsSelectedBy, type ServiceEntry } from '../services';
import { getObject, listWorkloads, sameObjectRef, updateObject, type ObjectRef } from '../workloads';
import { setMapEntry, type MapEntryEdit } from './setMapEntry';
import { selectorFollowingLabel, setPodLabel } from './setPodLabel';

/** What else uses a pod label that an edit renames, changes or removes. */
export interface LabelFollowers {
  /** The controller's selector path when it selects the pods through the label, else null. */
  readonly selector: DataPath | null;
  /** The Services of the file that select the pods through the label. */
  readonly services: readonly string[];
}

/** The manifest after the label edit, and what followed it. */
export interface PodLabelEdit extends LabelFollowers {
  readonly manifest: Manifest;
}

const NO_FOLLOWERS: LabelFollowers = { selector: null, services: [] };

/**
 * The controller selector and the Services that select the pods of the workload at `ref` through
 * the label `edit` renames, changes or removes: they stop reaching the pods unless they follow.
 * A Service whose only selector label it is stays out: removing that would make it select nothing.
 */
export function labelFollowers(manifest: Manifest, ref: ObjectRef, edit: MapEntryEdit): LabelFollowers {
  const services = followingServices(manifest, ref, edit);
  if (!services) return NO_FOLLOWERS;
  return { selector: selectorOf(manifest, ref, edit), services: services.map((service) => service.name) };
}

function selectorOf(manifest: Manifest, ref: ObjectRef, edit: MapEntryEdit): DataPath | null {
  const workload = getObject(manifest, ref);
  return workload ? selectorFollowingLabel(workload, edit) : null;
}

/** The Services that follow the edit; null when the edit adds a label or the workload is gone. */
function followingServices(manifest: Manifest, ref: ObjectRef, edit: MapEntryEdit): ServiceEntry[] | null {
  const workload = getObject(manifest, ref);
  if (!workload || edit.from === null) return null;
  const entry = listWorkloads(manifest).find((candidate) => sameObjectRef(candidate.ref, ref));
  const oldValue = podLabelsOf(workload)[edit.from];
  if (!entry || oldValue === undefined || (edit.to === edit.from && edit.value === oldValue)) return [];
  const label = edit.from;
  return listServices(manifest).filter(
    (service) =>
      workloadsSelectedBy(service, [entry]).length > 0 &&
      service.selector?.[label] === oldValue &&
      !(edit.to === null && Object.keys(service.selector ?? {}).length === 1),
  );
}

/**
 * Edits a pod label of the workload at `ref`. With `follow` (the default) the controller's
 * selector (see setPodLabel) and, for a rename, change or removal, the selector of every Service
 * of the file that selected the pods through that label follow it, so they keep reaching the
 * pods; without it only the label changes.
 * @example setPodLabelWithServices(manifest, ref, { from: 'app', to: 'name', value: 'web' })
 */
export function setPodLabelWithServices(
  manifest: Manifest,
  ref: ObjectRef,
  edit: MapEntryEdit,
  follow = true,
): PodLabelEdit {
  const services = follow ? (followingServices(manifest, ref, edit) ?? []) : [];
  const selector = follow ? selectorOf(manifest, ref, edit) : null;
  let next = updateObject(manifest, ref, (object) => setPodLabel(object, edit, follow));
  for (const service of services) {
    next = updateObject(
      next,
      service.ref,
      (object) => updateAtPath(object, ['spec', 'selector'], (selector) => setMapEntry(selector, edit)) as JsonObject,
    );
  }
  return { manifest: next, selector, services: services.map((service) => service.name) };
}
