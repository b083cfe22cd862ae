import type { DocumentSnapshot } from './documentSnapshot';
import type { DesignerStore } from './designerStore';
import { measureStage } from './stageTiming';

/** Where the document is saved in the browser (text, positions, chosen workload). */
export const STORAGE_KEY = 'pod-designer:document:v1';

interface SavedDocument extends DocumentSnapshot {
  readonly version: 1;
  readonly savedAt: string;
}

/** The document saved by an earlier visit, or null when there is none (or it is unreadable). */
export function loadSavedDocument(storage: Pick<Storage, 'getItem'>): DocumentSnapshot | null {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<SavedDocument>;
    if (saved.version !== 1 || typeof saved.text !== 'string') return null;
    return {
      text: saved.text,
      positions: typeof saved.positions === 'object' && saved.positions !== null ? saved.positions : {},
      workloadRef: saved.workloadRef ?? null,
    };
  } catch {
    return null;
  }
}

/** Runs `task` when the browser is idle (at the latest after a second); returns a cancel function. */
type IdleScheduler = (task: () => void) => () => void;

const whenBrowserIsIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
};

/**
 * Saves the document after every change in idle time — off the keystroke's path: writing a big
 * text to storage takes milliseconds — and right away when the page is hidden or closed, so a
 * reload finds everything as it was, including invalid YAML the user was in the middle of typing.
 * (The editor hands over text it still holds back before this runs: see MonacoYamlEditor.)
 */
export function startAutosave(
  store: DesignerStore,
  storage: Pick<Storage, 'setItem'>,
  whenIdle: IdleScheduler = whenBrowserIsIdle,
): () => void {
  let cancelScheduled: (() => void) | null = null;
  let pending: DocumentSnapshot | null = null;
  const write = (): void => {
    cancelScheduled?.();
    cancelScheduled = null;
    if (!pending) return;
    const saved: SavedDocument = { version: 1, savedAt: new Date().toISOString(), ...pending };
    pending = null;
    try {
      measureStage('save', () => storage.setItem(STORAGE_KEY, JSON.stringify(saved)));
    } catch {
      store.getState().showNotice('Could not save your work in this browser (storage is full or disabled).', 'error');
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.text === previous.text &&
      state.positions === previous.positions &&
      state.workloadRef === previous.workloadRef
    )
      return;
    pending = { text: state.text, positions: state.positions, workloadRef: state.workloadRef };
    cancelScheduled ??= whenIdle(write);
  });
  const flush = (): void => write();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') write();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return () => {
    write();
    unsubscribe();
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    }
  };
}
