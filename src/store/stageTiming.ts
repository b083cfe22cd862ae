/**
 * The stages of the text → canvas pipeline that the app measures: each run is recorded as a
 * `pd:<stage>` performance measure, which the browser's performance panel shows and
 * `npm run bench:browser` sums per keystroke.
 * - parse: the text to documents (the store, and the validation worker for its own copy);
 * - validate: the validator on the documents (in the validation worker);
 * - project: the designed pod to canvas nodes and edges;
 * - commit: React rendering the change, from the store update to the canvas's commit;
 * - markers: the editor's markers for new findings;
 * - save: writing the document to the browser's storage.
 */
export type PipelineStage = 'parse' | 'validate' | 'project' | 'commit' | 'markers' | 'save';

/** Measures kept in the browser's timeline before the oldest are cleared (observers see every one). */
const KEPT_MEASURES = 2000;
let recorded = 0;

/** Records that `stage` ran from `start` until now (or `end`), in the page's performance timeline. */
export function recordStage(stage: PipelineStage, start: number, end: number = performance.now()): void {
  if (typeof performance.measure !== 'function') return;
  performance.measure(`pd:${stage}`, { start, end });
  if (++recorded >= KEPT_MEASURES) {
    recorded = 0;
    for (const name of STAGE_NAMES) performance.clearMeasures(name);
  }
}

/** Runs `run` and records its duration as `stage`. */
export function measureStage<T>(stage: PipelineStage, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    recordStage(stage, start);
  }
}

const STAGE_NAMES = (['parse', 'validate', 'project', 'commit', 'markers', 'save'] as const).map(
  (stage) => `pd:${stage}`,
);
