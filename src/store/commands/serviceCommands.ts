import { mapEntityId } from '../../graph/mapEntityId';
import type { EntityId } from '../../model/entityId';
import { addService, type AddedService } from '../../model/operations/addService';
import type { DataPath } from '../../model/dataPath';
import { deepEqual, type JsonObject, type JsonValue } from '../../model/jsonValue';
import { splitDocumentChunks } from '../../yaml/documentChunks';
import { parseManifest } from '../../yaml/parseManifest';
import type { Manifest } from '../../model/manifest';
import { updateAtPath } from '../../model/valueAtPath';
import { updateObject, type ObjectRef } from '../../model/workloads';
import type { DesignerStore } from '../designerStore';
import { selectCurrentWorkload } from '../selectors';

/**
 * Adds a Service in front of the workload at `ref` (the designed one when null) as a new document
 * after it, one undo step; selects it on the map. Returns its map entity id, or null (a notice
 * says why) when it could not be added.
 */
export function addServiceForWorkload(store: DesignerStore, ref: ObjectRef | null): EntityId | null {
  const target = ref ?? selectCurrentWorkload(store.getState())?.ref ?? null;
  if (!target) {
    store.getState().showNotice('Drop the Service on a workload: it selects that workload’s pods.', 'info');
    return null;
  }
  const designed = selectCurrentWorkload(store.getState())?.ref ?? null;
  let added: AddedService | null = null;
  const done = store.getState().applyEdit('Add Service', (manifest) => {
    added = addService(manifest, target);
    return added.manifest;
  });
  const result = added as AddedService | null;
  if (!done || !result) return null;
  store.getState().documentInserted(result.ref.documentIndex, designed);
  const id = mapEntityId(result.ref);
  if (store.getState().view === 'map') store.getState().select([id], 'panel');
  else store.getState().showNotice(`Added the Service ${result.name}: the application map (Alt+M) shows it.`, 'info');
  return id;
}

/** Sets (undefined: removes) a field of the Service at `ref`, as one undo step. */
export function setServiceField(
  store: DesignerStore,
  ref: ObjectRef,
  path: DataPath,
  value: JsonValue | undefined,
  label: string,
): boolean {
  return store
    .getState()
    .applyEdit(label, (manifest) =>
      updateObject(manifest, ref, (object) => updateAtPath(object, path, () => value) as JsonObject),
    );
}

/**
 * The text without the document at `index`, cut at its `---` lines so that every other byte
 * stays; null when the stream's markers do not map one chunk to one document.
 */
function textWithoutDocument(text: string, documentCount: number, index: number): string | null {
  const chunks = splitDocumentChunks(text);
  if (!chunks) return null;
  const offset = chunks.length - documentCount;
  if (offset !== 0 && offset !== 1) return null;
  const chunk = chunks[index + offset];
  return chunk ? text.slice(0, chunk.start) + text.slice(chunk.end) : null;
}

/** Deletes the Service at `ref` (a whole document, or an item of a List), as one undo step. */
export function deleteService(store: DesignerStore, ref: ObjectRef): boolean {
  const state = store.getState();
  const designed = selectCurrentWorkload(state)?.ref ?? null;
  if (!state.parse.ok) {
    state.showNotice('The YAML has an error: fix it in the editor first.', 'error');
    return false;
  }
  const documents = state.parse.manifest.documents;
  const expected = documents.filter((_document, index) => index !== ref.documentIndex);
  const cut = ref.itemIndex === null ? textWithoutDocument(state.text, documents.length, ref.documentIndex) : null;
  const reread = cut === null ? null : parseManifest(cut);
  if (cut !== null && reread?.ok && deepEqual(reread.manifest.documents, expected)) {
    state.replaceText(cut, 'Delete Service');
    store.getState().documentRemoved(ref.documentIndex, designed);
    store.getState().select([], 'panel');
    return true;
  }
  const done = state.applyEdit('Delete Service', (manifest) =>
    ref.itemIndex === null
      ? manifest.filter((_document, index) => index !== ref.documentIndex)
      : (updateAtPath(manifest as unknown as JsonValue, [ref.documentIndex, 'items'], (items) =>
          Array.isArray(items) ? items.filter((_item, index) => index !== ref.itemIndex) : items,
        ) as unknown as Manifest),
  );
  if (done && ref.itemIndex === null) store.getState().documentRemoved(ref.documentIndex, designed);
  if (done) store.getState().select([], 'panel');
  return done;
}
