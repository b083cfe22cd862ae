import type { DataPath } from './dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from './jsonValue';
import type { Manifest } from './manifest';
import { getAtPath, updateAtPath } from './valueAtPath';
import { isWorkloadKind, WORKLOAD_KINDS, type WorkloadKind, type WorkloadKindInfo } from './workloadKinds';

/**
 * Where a Kubernetes object sits in the manifest: its document, and for a `kind: List` document
 * its index in `items`.
 */
export interface ObjectRef {
  readonly documentIndex: number;
  readonly itemIndex: number | null;
}

/** A workload found in the manifest. */
export interface WorkloadEntry {
  readonly ref: ObjectRef;
  readonly kind: WorkloadKind;
  readonly name: string;
  readonly object: JsonObject;
}

/** A Kubernetes object found in the manifest (any kind). */
export interface ObjectEntry {
  readonly ref: ObjectRef;
  readonly object: JsonObject;
}

/** Manifest path of an object: `[documentIndex]` or `[documentIndex, 'items', itemIndex]`. */
export function objectPath(ref: ObjectRef): DataPath {
  return ref.itemIndex === null ? [ref.documentIndex] : [ref.documentIndex, 'items', ref.itemIndex];
}

export function sameObjectRef(a: ObjectRef | null, b: ObjectRef | null): boolean {
  return a === b || (a !== null && b !== null && a.documentIndex === b.documentIndex && a.itemIndex === b.itemIndex);
}

/** Every object of the manifest, expanding `kind: List` documents into their items. */
export function listObjects(manifest: Manifest): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  manifest.forEach((document, documentIndex) => {
    if (!isJsonObject(document)) return;
    const items = field(document, 'items');
    if (isListKind(document) && isJsonArray(items)) {
      items.forEach((item, itemIndex) => {
        if (isJsonObject(item)) entries.push({ ref: { documentIndex, itemIndex }, object: item });
      });
      return;
    }
    entries.push({ ref: { documentIndex, itemIndex: null }, object: document });
  });
  return entries;
}

function isListKind(document: JsonObject): boolean {
  const kind = field(document, 'kind');
  return typeof kind === 'string' && (kind === 'List' || kind.endsWith('List'));
}

/** Every workload (an object with a pod spec) of the manifest, in file order. */
export function listWorkloads(manifest: Manifest): WorkloadEntry[] {
  return listObjects(manifest).flatMap(({ ref, object }) => {
    const kind = field(object, 'kind');
    if (!isWorkloadKind(kind)) return [];
    const name = field(field(object, 'metadata'), 'name');
    return [{ ref, kind, name: typeof name === 'string' ? name : '', object }];
  });
}

export function getObject(manifest: Manifest, ref: ObjectRef): JsonObject | undefined {
  const value = getAtPath(manifest as unknown as JsonObject[], objectPath(ref));
  return isJsonObject(value) ? value : undefined;
}

export function workloadKindOf(object: JsonObject): WorkloadKindInfo | undefined {
  const kind = field(object, 'kind');
  return isWorkloadKind(kind) ? WORKLOAD_KINDS[kind] : undefined;
}

/** The pod spec of a workload object (an empty mapping when it has none yet). */
export function podSpecOf(object: JsonObject): JsonObject {
  const info = workloadKindOf(object);
  const spec = info ? getAtPath(object, info.podSpecPath) : undefined;
  return isJsonObject(spec) ? spec : {};
}

/** The pod's metadata (a Pod's own metadata, or a controller's template metadata). */
export function podMetadataOf(object: JsonObject): JsonObject {
  const info = workloadKindOf(object);
  const metadata = info ? getAtPath(object, info.podMetadataPath) : undefined;
  return isJsonObject(metadata) ? metadata : {};
}

/** Manifest path of the designed pod spec of the workload at `ref`. */
export function podSpecPathOf(manifest: Manifest, ref: ObjectRef): DataPath {
  const object = getObject(manifest, ref);
  const info = object ? workloadKindOf(object) : undefined;
  return [...objectPath(ref), ...(info?.podSpecPath ?? ['spec'])];
}

/** A new manifest in which the object at `ref` is replaced by `update(object)`. */
export function updateObject(manifest: Manifest, ref: ObjectRef, update: (object: JsonObject) => JsonObject): Manifest {
  const path = objectPath(ref);
  return updateAtPath(manifest as unknown as JsonValue, path, (object) =>
    update(isJsonObject(object) ? object : {}),
  ) as unknown as Manifest;
}

/** A new manifest with `object` appended as a new document. */
export function appendDocument(manifest: Manifest, object: JsonObject): Manifest {
  return [...manifest, object];
}
