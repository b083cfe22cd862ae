/**
 * When typed text goes to the store. A keystroke after a quiet spell goes at once: in a microtask
 * queued by the editor's change event, so it runs when the editor has handled the key (one paste or
 * auto-indent is one update) and before the browser draws the next frame, which then shows the key
 * in the editor and on the canvas together. (A timer would not do: Chromium runs timers after the
 * input and rendering work it prioritises after a key, about 20 ms later, measured with
 * `npm run bench:browser`.) While keys come faster than updates take, the update waits as long as
 * the last one took (at most `maxPauseMs`), so fast typing on a big file costs one update per burst
 * of keys instead of a queue of them.
 *
 * An update that would make the key's task long (over `taskBudgetMs` with the editor's own work on
 * the key) but is short on its own runs in a task of its own right after, so the browser can draw
 * and take input between them. So does an update whose cost is not known yet: the first after the
 * editor shows a new text (a file opened), when the editor's own first edit of that text already
 * takes long.
 */
export interface TypingFlusher {
  /** The editor's text changed. */
  changed(): void;
  /** Sends what is owed now (before a command, on blur, before the page goes away). */
  flushIfOwed(): void;
  /** Forgets what is owed (the store's text replaced the editor's), and what updates cost. */
  cancel(): void;
  readonly owed: boolean;
}

export interface TypingFlusherOptions {
  readonly maxPauseMs: number;
  /**
   * How long the key's task may run with the update in it (the browser counts a task over 50 ms
   * as long); without it every update runs in the key's task.
   */
  readonly taskBudgetMs?: number;
  /** When the task handling the current key started (its keydown), or null (no key: a paste from a menu). */
  readonly taskStartedAt?: () => number | null;
  readonly now?: () => number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
  /** Runs `run` in a task of its own as soon as the browser can; returns a cancel function. */
  readonly postTask?: (run: () => void) => () => void;
}

interface TaskScheduler {
  postTask(run: () => void, options: { priority: 'user-blocking'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * A task as soon as the browser can: a user-blocking task of the Prioritized Task Scheduling API
 * where there is one (Chromium runs it ahead of rendering and timers), else a message to ourselves.
 */
function postUrgentTask(run: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    const abort = new AbortController();
    scheduler.postTask(run, { priority: 'user-blocking', signal: abort.signal }).catch(() => {});
    return () => abort.abort();
  }
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) run();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/**
 * `update` hands the text to the store. Its cost is measured up to the end of the microtasks it
 * queues (React renders a store change in a microtask), which is when the canvas is up to date.
 */
export function createTypingFlusher(update: () => void, options: TypingFlusherOptions): TypingFlusher {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const postTask = options.postTask ?? postUrgentTask;
  let owed = false;
  let timer: unknown = null;
  let cancelTask: (() => void) | null = null;
  let microtaskQueued = false;
  /** What the last update took, null while unknown (none yet for this text). */
  let lastUpdateMs: number | null = null;
  let lastUpdateEnded = Number.NEGATIVE_INFINITY;

  const stopTimer = (): void => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    cancelTask?.();
    cancelTask = null;
  };
  const run = (): void => {
    stopTimer();
    if (!owed) return;
    owed = false;
    const started = now();
    update();
    queueMicrotask(() => {
      lastUpdateEnded = now();
      lastUpdateMs = lastUpdateEnded - started;
    });
  };
  /**
   * Whether the update runs in the key's task: when it fits there with what the task has done so
   * far, or when it is long on its own (a big file: a task of its own would be long too, and the
   * canvas would only show the key a frame later).
   */
  const runsInThisTask = (): boolean => {
    const budget = options.taskBudgetMs;
    if (budget === undefined) return true;
    if (lastUpdateMs === null) return false;
    if (lastUpdateMs > budget) return true;
    const started = options.taskStartedAt?.() ?? now();
    return now() - started + lastUpdateMs <= budget;
  };

  return {
    changed() {
      owed = true;
      const pause = Math.min(options.maxPauseMs, lastUpdateMs ?? 0);
      if (now() - lastUpdateEnded < pause) {
        stopTimer();
        timer = setTimer(run, pause);
        return;
      }
      stopTimer();
      if (microtaskQueued) return;
      microtaskQueued = true;
      queueMicrotask(() => {
        microtaskQueued = false;
        if (timer !== null || !owed) return;
        if (runsInThisTask()) run();
        else cancelTask = postTask(run);
      });
    },
    flushIfOwed() {
      if (owed) run();
    },
    cancel() {
      owed = false;
      lastUpdateMs = null;
      stopTimer();
    },
    get owed() {
      return owed;
    },
  };
}
