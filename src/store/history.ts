import type { DocumentSnapshot } from './documentSnapshot';

/** One undo step: the document as it was before a user action. */
export interface HistoryEntry {
  readonly before: DocumentSnapshot;
  readonly label: string;
  /** Consecutive steps with the same merge key, close in time, form one step (a typing burst). */
  readonly mergeKey: string | null;
  readonly at: number;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly DocumentSnapshot[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

const MAX_STEPS = 200;
/** A pause longer than this ends a typing burst. */
export const MERGE_WINDOW_MS = 1500;

/** Records `before` as an undo step unless it continues the previous step's burst. */
export function recordStep(
  history: History,
  before: DocumentSnapshot,
  label: string,
  mergeKey: string | null,
  now: number,
): History {
  const last = history.past[history.past.length - 1];
  if (mergeKey !== null && last && last.mergeKey === mergeKey && now - last.at < MERGE_WINDOW_MS) {
    const merged = history.past.slice(0, -1).concat({ ...last, at: now });
    return { past: merged, future: [] };
  }
  const past = history.past.concat({ before, label, mergeKey, at: now });
  return { past: past.length > MAX_STEPS ? past.slice(past.length - MAX_STEPS) : past, future: [] };
}

export function undoStep(
  history: History,
  current: DocumentSnapshot,
): { history: History; snapshot: DocumentSnapshot } | null {
  const last = history.past[history.past.length - 1];
  if (!last) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, snapshot: last.before };
}

export function redoStep(
  history: History,
  current: DocumentSnapshot,
): { history: History; snapshot: DocumentSnapshot } | null {
  const [next, ...rest] = history.future;
  if (!next) return null;
  const entry = { before: current, label: 'Redo', mergeKey: null, at: 0 };
  return { history: { past: history.past.concat(entry), future: rest }, snapshot: next };
}
