/**
 * When typed text goes to the store. A keystroke after a quiet spell goes at once: in a microtask
 * queued by the editor's change event, so it runs when the editor has handled the key (one paste or
 * auto-indent is one update) and before the browser draws the next frame, which then shows the key
 * in the editor and on the canvas together. (A timer would not do: Chromium runs timers after the
 * input and rendering work it prioritises after a key, about 20 ms later, measured with
 * `npm run bench:browser`.) While keys come faster than updates take, the update waits as long as
 * the last one took (at most `maxPauseMs`), so fast typing on a big file costs one update per burst
 * of keys instead of a queue of them.
 */
export interface TypingFlusher {
  /** The editor's text changed. */
  changed(): void;
  /** Sends what is owed now (before a command, on blur, before the page goes away). */
  flushIfOwed(): void;
  /** Forgets what is owed (the store's text replaced the editor's). */
  cancel(): void;
  readonly owed: boolean;
}

export interface TypingFlusherOptions {
  readonly maxPauseMs: number;
  readonly now?: () => number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/**
 * `update` hands the text to the store. Its cost is measured up to the end of the microtasks it
 * queues (React renders a store change in a microtask), which is when the canvas is up to date.
 */
export function createTypingFlusher(update: () => void, options: TypingFlusherOptions): TypingFlusher {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let owed = false;
  let timer: unknown = null;
  let microtaskQueued = false;
  let lastUpdateMs = 0;
  let lastUpdateEnded = Number.NEGATIVE_INFINITY;

  const stopTimer = (): void => {
    if (timer !== null) clearTimer(timer);
    timer = null;
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

  return {
    changed() {
      owed = true;
      const pause = Math.min(options.maxPauseMs, lastUpdateMs);
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
        if (timer === null) run();
      });
    },
    flushIfOwed() {
      if (owed) run();
    },
    cancel() {
      owed = false;
      stopTimer();
    },
    get owed() {
      return owed;
    },
  };
}
