/**
 * What the browser benchmark installs in the page before the app's own scripts run: it records
 * keydown times, long tasks and the app's `pd:*` performance measures, and waits for the canvas
 * to paint an expected text. Serialised by Playwright's addInitScript, so it must be
 * self-contained (no imports, no outer variables).
 */

export interface ProbeMeasure {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

export interface ProbeRecord {
  readonly keydowns: number[];
  readonly longTasks: { start: number; duration: number }[];
  readonly measures: ProbeMeasure[];
}

/** Times (page clock, ms) of the first DOM change showing the expected text, and of the paint after it. */
export interface CanvasUpdate {
  readonly shown: number;
  readonly painted: number;
}

declare global {
  interface Window {
    __benchProbe: ProbeRecord & {
      /** Starts watching node `nodeId` of the canvas for `text`; `canvasUpdate()` resolves when it is painted. */
      expectCanvasText(nodeId: string, text: string): void;
      canvasUpdate(): Promise<CanvasUpdate>;
    };
  }
}

export function installPageProbe(): void {
  const record: ProbeRecord = { keydowns: [], longTasks: [], measures: [] };
  addEventListener('keydown', (event) => record.keydowns.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name.startsWith('pd:'))
        record.measures.push({ name: entry.name.slice(3), start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'measure', buffered: true });

  let pending: Promise<CanvasUpdate> | null = null;
  /** After the next frame's paint: a task queued from requestAnimationFrame runs once the frame is drawn. */
  const afterPaint = (): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  window.__benchProbe = {
    ...record,
    expectCanvasText(nodeId, text) {
      const nodes = document.querySelector('.react-flow__nodes');
      if (!nodes) throw new Error('no canvas on the page');
      const shows = (): boolean =>
        (nodes.querySelector(`[data-id="${CSS.escape(nodeId)}"]`)?.textContent ?? '').includes(text);
      pending = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shows()) return;
          observer.disconnect();
          const shown = performance.now();
          void afterPaint().then((painted) => resolve({ shown, painted }));
        });
        observer.observe(nodes, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    canvasUpdate() {
      if (!pending) throw new Error('expectCanvasText was not called');
      return pending;
    },
  };
}
