import { createStore, type StoreApi } from 'zustand/vanilla';
import { changedLockedPart, describeLockedPart } from '../exercises/locks/lockedParts';
import type { DataPath } from '../model/dataPath';
import type { EntityId } from '../model/entityId';
import { shareStructure, type JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { changeWorkloadKind } from '../model/operations/changeWorkloadKind';
import { OperationError } from '../model/operations/updatePodSpec';
import type { WorkloadKind } from '../model/workloadKinds';
import { starterPod } from '../model/starterPod';
import {
  appendDocument,
  getObject,
  listObjects,
  listWorkloads,
  sameObjectRef,
  updateObject,
  type ObjectRef,
} from '../model/workloads';
import { createManifestParser } from '../yaml/createManifestParser';
import { withDocuments } from '../yaml/lazyParsedManifest';
import { buildImportReport, type ImportReport } from '../yaml/importReport';
import { parseManifest, type ParsedManifest, type ParseOutcome } from '../yaml/parseManifest';
import { type PatchFailure, writeManifest } from '../yaml/writeManifest';
import {
  EMPTY_SNAPSHOT,
  MAP_POSITIONS_KEY,
  positionsAfterInsert,
  positionsAfterRemove,
  workloadKey,
  type DocumentSnapshot,
  type PositionsByWorkload,
  type XYPosition,
} from './documentSnapshot';
import { EMPTY_HISTORY, recordStep, redoStep, undoStep, type History } from './history';
import { measureStage } from './stageTiming';
import { connectValidation } from './validation/connectValidation';
import type { ReportedFinding } from './validation/reportedFinding';
import type { StartValidation } from './validation/validationService';
import { createLayoutSlice, type LayoutActions, type LayoutState } from './session/layoutSlice';
import { createLearningSlice, type LearningActions, type LearningState } from './session/learningSlice';
import {
  createOpenedFileSlice,
  type OpenedFile,
  type OpenedFileActions,
  type OpenedFileState,
} from './session/openedFileSlice';
import {
  createKubernetesTargetSlice,
  type KubernetesTargetActions,
  type KubernetesTargetState,
} from './session/kubernetesTargetSlice';
import { createSilencingSlice, type SilencingActions, type SilencingState } from './session/silencingSlice';
import { createSimulationSlice, type SimulationActions, type SimulationState } from './session/simulationSlice';
import { defaultWorkspaceLayout, type WorkspaceLayout } from './session/workspaceLayout';
import type { SilencingConfig } from '../validate/silencing/silencingConfig';
import type { KubernetesMinor } from '../model/kubernetesVersion';

/** What the canvas shows: every object of the file (the application map), or one workload's pod. */
export type CanvasView = 'map' | 'pod';

/**
 * The view a file opens in: its pod when it holds one workload (or nothing yet: a new pod), the
 * application map when it holds several objects to choose from.
 */
export function initialViewFor(manifest: Manifest): CanvasView {
  const workloads = listWorkloads(manifest).length;
  if (workloads === 1) return 'pod';
  return workloads > 1 || listObjects(manifest).length > 0 ? 'map' : 'pod';
}

/** Who changed the selection, so the other views follow without echoing it back. */
export type SelectionOrigin = 'canvas' | 'editor' | 'panel';

export interface Selection {
  readonly ids: readonly EntityId[];
  readonly origin: SelectionOrigin;
  /** A place in the manifest to show instead of the entity's range (a finding's field). */
  readonly focus?: DataPath;
}

/** A message for the user about an action that could not be done. */
export interface Notice {
  readonly id: number;
  readonly tone: 'error' | 'info';
  readonly text: string;
}

export interface DesignerState
  extends LayoutState,
    SimulationState,
    LearningState,
    SilencingState,
    OpenedFileState,
    KubernetesTargetState {
  // ---- document state (undoable, saved) ----
  readonly text: string;
  readonly positions: PositionsByWorkload;
  readonly workloadRef: ObjectRef | null;
  // ---- view state (session, not undone) ----
  readonly view: CanvasView;
  /** What the file just opened holds and how it is shown, until dismissed. */
  readonly importReport: ImportReport | null;
  // ---- derived from the text, cached ----
  /** Outcome of parsing `text`. */
  readonly parse: ParseOutcome;
  /** The last text that parsed: the canvas shows it (marked stale while the text is invalid). */
  readonly lastGood: ParsedManifest;
  // ---- history ----
  readonly history: History;
  /** The document before the drag in progress began (a drag is one undo step). */
  readonly dragBase: DocumentSnapshot | null;
  // ---- session state ----
  readonly selection: Selection;
  /** Sizes React Flow measured for the nodes on screen (session state, never undone). */
  readonly measured: Readonly<Record<EntityId, { readonly width: number; readonly height: number }>>;
  readonly notice: Notice | null;
  /** Earlier versions of each workload per kind, so switching kind and back loses nothing. */
  readonly rememberedKinds: Readonly<Record<string, Partial<Record<WorkloadKind, JsonObject>>>>;
  /**
   * The text each remembered kind was read from: a field set aside by a kind switch (a
   * StatefulSet's claim templates) comes back with its own text, comments and flow style kept.
   */
  readonly rememberedTexts: Readonly<Record<string, Partial<Record<WorkloadKind, ParsedManifest>>>>;
  /**
   * The validator's findings and the parsed text they were found in: the last good one, or one a
   * little older while the validator (a Web Worker) works on the newest. Null before the first.
   */
  readonly validation: { readonly manifest: ParsedManifest; readonly findings: readonly ReportedFinding[] } | null;
}

export interface DesignerActions
  extends LayoutActions,
    SimulationActions,
    LearningActions,
    SilencingActions,
    OpenedFileActions,
    KubernetesTargetActions {
  /**
   * Replaces the whole text (New, Open, paste, template) as one undo step; `report` (a file
   * opened or pasted) shows the import report. The design then belongs to `file` (Open), or to
   * no file (New, a template, a paste).
   */
  loadText(
    text: string,
    label: string,
    options?: { readonly report?: boolean; readonly file?: Omit<OpenedFile, 'savedText'> },
  ): void;
  dismissImportReport(): void;
  /** Replaces the whole design (text, positions, chosen workload: a share link) as one undo step. */
  loadDesign(design: DocumentSnapshot, label: string): void;
  /** Replaces the text with an edit made as text (a whole document removed), as one undo step. */
  replaceText(text: string, label: string): void;
  /**
   * Text typed in the editor; consecutive typing within a short pause is one undo step. False
   * when refused (it changes a part the exercise locks): the editor then shows the store's text.
   */
  editText(text: string): boolean;
  /**
   * Applies a change of the manifest made outside the editor (canvas, inspector, fixes) as
   * minimal text edits and one undo step. Returns false (and shows why) when it cannot.
   */
  applyEdit(
    label: string,
    edit: (manifest: Manifest, workload: ObjectRef | null) => Manifest,
    options?: EditOptions,
  ): boolean;
  /** Applies `update` to the designed workload object (starting a Pod when there is none). */
  updateWorkload(label: string, update: (workload: JsonObject) => JsonObject, options?: EditOptions): boolean;
  /**
   * The same, for an update that also says something about what it did (the unique name it chose):
   * returns that, or null when the change could not be made.
   */
  updateWorkloadFor<R>(
    label: string,
    update: (workload: JsonObject) => WorkloadEdit<R>,
    options?: EditOptions,
  ): R | null;
  changeWorkloadKind(kind: WorkloadKind): boolean;
  selectWorkload(ref: ObjectRef): void;
  /** Shows the application map (every object of the file). */
  openMap(): void;
  /** Shows the pod view of the workload at `ref` (choosing it as the designed workload). */
  openWorkload(ref: ObjectRef): void;
  /** Node positions while dragging (`drag`) and at the end (`end`: records one undo step). */
  moveNodes(moves: Readonly<Record<EntityId, XYPosition>>, phase: 'drag' | 'end'): void;
  /** Forgets user positions of the designed workload (automatic layout again), as one step. */
  resetPositions(): void;
  /** Puts the nodes of a drag in progress back where they were, recording nothing. */
  cancelDrag(): void;
  /**
   * Lets nodes go back to the automatic layout. Not an undo step of its own: it belongs to the
   * step just recorded, whose snapshot still holds the old positions.
   */
  forgetPositions(ids: readonly EntityId[]): void;
  /**
   * Keeps positions and the chosen workload (`designed`: the one before the edit) with their
   * documents after a document was inserted at `at` (the step just recorded holds the old ones,
   * as for forgetPositions).
   */
  documentInserted(at: number, designed: ObjectRef | null): void;
  /** The same after the document at `at` was removed. */
  documentRemoved(at: number, designed: ObjectRef | null): void;
  undo(): void;
  redo(): void;
  select(ids: readonly EntityId[], origin: SelectionOrigin, focus?: DataPath): void;
  setMeasured(sizes: Readonly<Record<EntityId, { readonly width: number; readonly height: number }>>): void;
  showNotice(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
  /** The validator's findings for `text` (dropped unless it is still the last good text). */
  receiveFindings(text: string, findings: readonly ReportedFinding[]): void;
}

export type DesignerStore = StoreApi<DesignerState & DesignerActions>;

interface EditOptions {
  /** What to select once the change is made. */
  readonly select?: readonly EntityId[];
  /** Earlier texts whose values may come back, written with their old text (see writeManifest). */
  readonly donors?: readonly ParsedManifest[];
}

/** A workload changed by an edit, and what the edit reports about it. */
interface WorkloadEdit<R> {
  readonly workload: JsonObject;
  readonly result: R;
}

/** Session state a new store starts from: what the browser remembered of an earlier visit. */
export interface InitialSession {
  readonly layout?: WorkspaceLayout;
  readonly exerciseInProgress?: string | null;
  readonly silencingConfig?: SilencingConfig;
  readonly kubernetesMinor?: KubernetesMinor;
}

const EMPTY_PARSED: ParsedManifest = (() => {
  const outcome = parseManifest('');
  if (!outcome.ok) throw new Error('The empty text must parse');
  return outcome.manifest;
})();

/** The designed workload: the chosen one when it still exists, else the first in the file. */
export function resolveWorkloadRef(manifest: Manifest, preferred: ObjectRef | null): ObjectRef | null {
  const workloads = listWorkloads(manifest);
  const chosen = preferred && workloads.find((workload) => sameObjectRef(workload.ref, preferred));
  return (chosen ?? workloads[0])?.ref ?? null;
}

export interface DesignerStoreOptions {
  /** The clock that tells typing bursts apart (tests pass their own). */
  readonly now?: () => number;
  /**
   * Where the findings come from: workerValidation() in the app, inProcessValidation() in tests;
   * without it the store has no findings.
   */
  readonly validation?: StartValidation;
  /** Session state from an earlier visit (layout, an exercise in progress). */
  readonly session?: InitialSession;
}

/** Creates the store, starting from a saved document (or an empty one). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function createDesignerStore(
  initial: DocumentSnapshot = EMPTY_SNAPSHOT,
  { now = Date.now, validation, session = {} }: DesignerStoreOptions = {},
): DesignerStore {
  const store = createStore<DesignerState & DesignerActions>()((set, get) => {
    // Re-reads only the YAML documents an edit touched; the others keep their objects.
    const parser = createManifestParser();
    let noticeCounter = 0;

    /** State for a snapshot, re-using the structure of the previous documents. */
    const stateFor = (
      snapshot: DocumentSnapshot,
      previous: ParsedManifest | null,
    ): Pick<DesignerState, 'text' | 'positions' | 'workloadRef' | 'parse' | 'lastGood'> => {
      const outcome = measureStage('parse', () => parser.parse(snapshot.text));
      const base = previous ?? EMPTY_PARSED;
      if (!outcome.ok) return { ...snapshot, parse: outcome, lastGood: previous ?? EMPTY_PARSED };
      const shared = withDocuments(
        outcome.manifest,
        shareStructure(base.documents as unknown as JsonObject[], outcome.manifest.documents as JsonObject[]),
      );
      parser.remember(shared);
      return { ...snapshot, parse: { ok: true, manifest: shared }, lastGood: shared };
    };
    const snapshotOf = (state: DesignerState): DocumentSnapshot => ({
      text: state.text,
      positions: state.positions,
      workloadRef: state.workloadRef,
    });
    /** Where the nodes on screen keep their positions: the map's own key, or the designed workload's. */
    const positionsKey = (state: DesignerState): string | null => {
      if (state.view === 'map') return MAP_POSITIONS_KEY;
      const ref = resolveWorkloadRef(state.lastGood.documents, state.workloadRef);
      return ref ? workloadKey(ref) : null;
    };
    const notify = (text: string, tone: Notice['tone'] = 'error'): void =>
      set({ notice: { id: ++noticeCounter, tone, text } });
    /**
     * True, with a notice, when going from `before` to `after` would change a part of the design
     * the open exercise locks: every edit (canvas, inspector, Fix, typing, undo, redo) asks first.
     */
    const refusedByLocks = (before: Manifest, after: Manifest, outcome: string): boolean => {
      const { locks, guide } = get();
      if (locks.length === 0 || guide?.kind !== 'exercise') return false;
      const part = changedLockedPart(locks, before, after);
      if (!part) return false;
      notify(
        `${sentenceCase(describeLockedPart(part))} ${(part.fields?.length ?? 1) > 1 ? 'are' : 'is'} locked by the exercise “${guide.exercise.title}”. ${outcome}`,
        'info',
      );
      return true;
    };
    /** A write that could not keep the user's formatting is a bug in Pod Designer: say so, and log why. */
    const reportPatchFailure = (failure: PatchFailure): void => {
      console.error('Pod Designer could not keep the formatting of an edit:', failure.error ?? failure.message);
      notify(
        `This change was written without keeping your formatting, because of a bug in Pod Designer (${failure.message}). Undo brings your text back.`,
      );
    };

    /** A change of the manifest as minimal text edits and one undo step, with what the change reports; `done: false` when it could not be made. */
    const edit = <R>(
      label: string,
      change: (manifest: Manifest, workload: ObjectRef | null) => { readonly manifest: Manifest; readonly result: R },
      options: EditOptions | undefined,
    ): { readonly done: true; readonly result: R } | { readonly done: false } => {
      const state = get();
      if (!state.parse.ok) {
        notify('The YAML has an error: fix it in the editor first, then edit on the canvas.');
        return { done: false };
      }
      const parsed = state.parse.manifest;
      const ref = resolveWorkloadRef(parsed.documents, state.workloadRef);
      let changed: { readonly manifest: Manifest; readonly result: R };
      try {
        changed = change(parsed.documents, ref);
      } catch (error) {
        if (error instanceof OperationError) {
          notify(error.message);
          return { done: false };
        }
        throw error;
      }
      if (changed.manifest === parsed.documents) return { done: true, result: changed.result };
      if (refusedByLocks(parsed.documents, changed.manifest, 'This change was not made.')) return { done: false };
      const written = writeManifest(parsed, changed.manifest, { donors: options?.donors ?? [] });
      if (written.patchFailure) reportPatchFailure(written.patchFailure);
      parser.remember(written.manifest);
      const workloadRef = resolveWorkloadRef(written.manifest.documents, ref);
      set({
        text: written.manifest.text,
        parse: { ok: true, manifest: written.manifest },
        lastGood: written.manifest,
        workloadRef,
        history: recordStep(state.history, snapshotOf(state), label, null, now()),
        ...(options?.select ? { selection: { ids: options.select, origin: 'panel' as const } } : {}),
      });
      return { done: true, result: changed.result };
    };

    /** Applies `update` to the designed workload; with no workload yet, to a new Pod, as a person dropping a container expects. */
    const editWorkload = <R>(
      label: string,
      update: (workload: JsonObject) => WorkloadEdit<R>,
      options: EditOptions | undefined,
    ) =>
      edit(
        label,
        (manifest, ref) => {
          const documents = ref
            ? manifest
            : appendDocument(
                manifest.filter((document) => document !== null),
                starterPod(),
              );
          const target = ref ?? { documentIndex: documents.length - 1, itemIndex: null };
          const edited = update(getObject(documents, target) ?? {});
          return { manifest: updateObject(documents, target, () => edited.workload), result: edited.result };
        },
        options,
      );

    const first = stateFor(initial, null);
    return {
      ...first,
      view: initialViewFor(first.lastGood.documents),
      importReport: null,
      history: EMPTY_HISTORY,
      dragBase: null,
      selection: { ids: [], origin: 'panel' },
      measured: {},
      notice: null,
      rememberedKinds: {},
      rememberedTexts: {},
      validation: null,
      ...createLayoutSlice(set, get, session.layout ?? defaultWorkspaceLayout()),
      ...createSimulationSlice(set, get),
      ...createLearningSlice(set, get, session.exerciseInProgress ?? null),
      ...createSilencingSlice(set, get, session.silencingConfig),
      ...createOpenedFileSlice(set),
      ...createKubernetesTargetSlice(set, session.kubernetesMinor ?? session.silencingConfig?.kubernetesVersion),

      loadText(text, label, options) {
        const state = get();
        const openedFile = options?.file ? { ...options.file, savedText: text } : null;
        if (text === state.text) {
          set({ openedFile });
          return;
        }
        const next = stateFor({ text, positions: {}, workloadRef: null }, null);
        set({
          ...next,
          importReport:
            options?.report && next.parse.ok
              ? buildImportReport(text, next.parse.manifest, resolveWorkloadRef(next.lastGood.documents, null))
              : null,
          view: initialViewFor(next.lastGood.documents),
          history: recordStep(state.history, snapshotOf(state), label, null, now()),
          selection: { ids: [], origin: 'panel' },
          rememberedKinds: {},
          rememberedTexts: {},
          openedFile,
          // A template's explanation is about the template: another file replaces it too.
          ...(state.guide?.kind === 'template' ? { guide: null } : {}),
        });
      },

      loadDesign(design, label) {
        const state = get();
        const next = stateFor(design, null);
        set({
          ...next,
          importReport: null,
          view: initialViewFor(next.lastGood.documents),
          history: recordStep(state.history, snapshotOf(state), label, null, now()),
          selection: { ids: [], origin: 'panel' },
          rememberedKinds: {},
          rememberedTexts: {},
          openedFile: null,
        });
      },

      replaceText(text, label) {
        const state = get();
        if (text === state.text) return;
        const next = stateFor({ ...snapshotOf(state), text }, state.lastGood);
        if (refusedByLocks(state.lastGood.documents, next.lastGood.documents, 'Nothing was changed.')) return;
        set({ ...next, history: recordStep(state.history, snapshotOf(state), label, null, now()) });
      },

      editText(text) {
        const state = get();
        if (text === state.text) return true;
        const next = stateFor({ ...snapshotOf(state), text }, state.lastGood);
        if (refusedByLocks(state.lastGood.documents, next.lastGood.documents, 'Your edit was undone.')) return false;
        set({ ...next, history: recordStep(state.history, snapshotOf(state), 'Typing', 'typing', now()) });
        return true;
      },

      applyEdit(label, change, options) {
        return edit(label, (manifest, ref) => ({ manifest: change(manifest, ref), result: null }), options).done;
      },

      updateWorkload(label, update, options) {
        return editWorkload(label, (workload) => ({ workload: update(workload), result: null }), options).done;
      },

      updateWorkloadFor(label, update, options) {
        const outcome = editWorkload(label, update, options);
        return outcome.done ? outcome.result : null;
      },

      changeWorkloadKind(kind) {
        const state = get();
        if (!state.parse.ok) {
          notify('The YAML has an error: fix it in the editor first, then change the kind.');
          return false;
        }
        const ref = resolveWorkloadRef(state.parse.manifest.documents, state.workloadRef);
        if (!ref) {
          notify('There is no workload in this file to change.');
          return false;
        }
        const parsed = state.parse.manifest;
        const current = getObject(parsed.documents, ref);
        const currentKind = current?.kind;
        if (!current || currentKind === kind) return true;
        const key = workloadKey(ref);
        const remembered = state.rememberedKinds[key]?.[kind];
        const changed = get().applyEdit(
          `Change to ${kind}`,
          (manifest) => updateObject(manifest, ref, (object) => changeWorkloadKind(object, kind, remembered)),
          { donors: [state.rememberedTexts[key]?.[kind]].filter((text) => text !== undefined) },
        );
        if (changed && typeof currentKind === 'string') {
          set((after) => ({
            rememberedKinds: {
              ...after.rememberedKinds,
              [key]: { ...after.rememberedKinds[key], [currentKind]: current },
            },
            rememberedTexts: {
              ...after.rememberedTexts,
              [key]: { ...after.rememberedTexts[key], [currentKind]: parsed },
            },
          }));
        }
        return changed;
      },

      selectWorkload(ref) {
        const state = get();
        if (sameObjectRef(ref, state.workloadRef)) return;
        set({
          workloadRef: ref,
          history: recordStep(state.history, snapshotOf(state), 'Choose workload', null, now()),
          selection: { ids: [], origin: 'panel' },
        });
      },

      openMap() {
        if (get().view !== 'map') set({ view: 'map', selection: { ids: [], origin: 'panel' } });
      },

      openWorkload(ref) {
        const state = get();
        if (!sameObjectRef(ref, state.workloadRef))
          set({
            workloadRef: ref,
            history: recordStep(state.history, snapshotOf(state), 'Choose workload', null, now()),
          });
        set({ view: 'pod', selection: { ids: [], origin: 'panel' } });
      },

      moveNodes(moves, phase) {
        const state = get();
        const key = positionsKey(state);
        if (!key) return;
        const positions = { ...state.positions, [key]: { ...state.positions[key], ...moves } };
        const dragBase = state.dragBase ?? snapshotOf(state);
        if (phase === 'drag') {
          set({ positions, dragBase });
          return;
        }
        set({ positions, dragBase: null, history: recordStep(state.history, dragBase, 'Move', null, now()) });
      },

      resetPositions() {
        const state = get();
        const key = positionsKey(state);
        if (!key || !state.positions[key]) return;
        const { [key]: _removed, ...positions } = state.positions;
        set({ positions, history: recordStep(state.history, snapshotOf(state), 'Automatic layout', null, now()) });
      },

      cancelDrag() {
        const { dragBase } = get();
        if (dragBase) set({ positions: dragBase.positions, dragBase: null });
      },

      forgetPositions(ids) {
        const state = get();
        const key = positionsKey(state);
        if (!key) return;
        const current = state.positions[key];
        if (!current || !ids.some((id) => id in current)) return;
        const next = { ...current };
        for (const id of ids) delete next[id];
        set({ positions: { ...state.positions, [key]: next } });
      },

      documentInserted(at, designed) {
        const state = get();
        set({
          positions: positionsAfterInsert(state.positions, at),
          workloadRef:
            designed && designed.documentIndex >= at
              ? { ...designed, documentIndex: designed.documentIndex + 1 }
              : designed,
        });
      },

      documentRemoved(at, designed) {
        const state = get();
        set({
          positions: positionsAfterRemove(state.positions, at),
          workloadRef:
            designed && designed.documentIndex > at
              ? { ...designed, documentIndex: designed.documentIndex - 1 }
              : designed && designed.documentIndex < at
                ? designed
                : null,
        });
      },

      undo() {
        const state = get();
        const step = undoStep(state.history, snapshotOf(state));
        if (!step) return;
        const next = stateFor(step.snapshot, state.lastGood);
        if (refusedByLocks(state.lastGood.documents, next.lastGood.documents, 'Close the exercise to undo further.'))
          return;
        set({ ...next, history: step.history, dragBase: null });
      },

      redo() {
        const state = get();
        const step = redoStep(state.history, snapshotOf(state));
        if (!step) return;
        const next = stateFor(step.snapshot, state.lastGood);
        if (refusedByLocks(state.lastGood.documents, next.lastGood.documents, 'This step was not redone.')) return;
        set({ ...next, history: step.history, dragBase: null });
      },

      select(ids, origin, focus) {
        const current = get().selection;
        if (focus) {
          set({ selection: { ids, origin, focus } });
          return;
        }
        if (current.ids.length === ids.length && current.ids.every((id, index) => id === ids[index])) {
          if (current.origin !== origin || current.focus) set({ selection: { ids, origin } });
          return;
        }
        set({ selection: { ids, origin } });
      },

      setMeasured(sizes) {
        const current = get().measured;
        const changed = Object.entries(sizes).some(
          ([id, size]) => current[id]?.width !== size.width || current[id]?.height !== size.height,
        );
        if (changed) set({ measured: { ...current, ...sizes } });
      },

      showNotice(text, tone = 'info') {
        notify(text, tone);
      },

      dismissImportReport() {
        set({ importReport: null });
      },

      dismissNotice() {
        set({ notice: null });
      },

      receiveFindings(text, findings) {
        const manifest = get().lastGood;
        if (text === manifest.text) set({ validation: { manifest, findings } });
      },
    };
  });
  if (validation) connectValidation(store, validation);
  return store;
}
