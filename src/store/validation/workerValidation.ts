import { recordStage } from '../stageTiming';
import type { ValidationRequest, ValidationResult, StartValidation } from './validationService';

/** What the worker posts: a result, and when it ran (ms since the epoch) to record as the validate stage. */
type ValidationWorkerReply = ValidationResult & { readonly ran?: { readonly start: number; readonly end: number } };

/**
 * Validation in a Web Worker (validationWorker.ts), so typing never waits for it. One request is
 * in the worker at a time; while it works, only the newest text waits (older ones are skipped:
 * their findings would be stale on arrival).
 */
export function workerValidation(): StartValidation {
  return (deliver) => {
    const worker = new Worker(new URL('./validationWorker.ts', import.meta.url), {
      type: 'module',
      name: 'validation',
    });
    let busy: ValidationRequest | null = null;
    let waiting: ValidationRequest | null = null;
    const send = (request: ValidationRequest): void => {
      busy = request;
      worker.postMessage(request);
    };
    worker.onmessage = (event: MessageEvent<ValidationWorkerReply>) => {
      const { ran, ...result } = event.data;
      if (ran) recordStage('validate', ran.start - performance.timeOrigin, ran.end - performance.timeOrigin);
      busy = null;
      if (waiting) {
        send(waiting);
        waiting = null;
      }
      deliver(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const version = busy?.version ?? waiting?.version ?? 0;
      busy = null;
      waiting = null;
      deliver({ version, failure: event.message || 'the validation worker did not start' });
    };
    let scheduled = false;
    const sendWaiting = (): void => {
      scheduled = false;
      if (busy || !waiting) return;
      const request = waiting;
      waiting = null;
      send(request);
    };
    return {
      validate(request) {
        waiting = request;
        if (busy || scheduled) return;
        scheduled = true;
        afterNextPaint(sendWaiting);
      },
    };
  };
}

/**
 * Runs `run` once the browser has drawn the next frame (or after 100 ms, as a hidden page draws
 * none): the worker then validates while the main thread idles, instead of taking a core from the
 * frame that shows the keystroke (this machine, like many laptops, has two).
 */
function afterNextPaint(run: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
