import type { Browser, Page } from '@playwright/test';
import { installPageProbe, type CanvasUpdate, type ProbeRecord } from './pageProbe';
import type { TypingScenario } from './scenarios';

/** The pipeline stages the app measures (`performance.measure('pd:<stage>')`). */
export const STAGES = ['parse', 'validate', 'project', 'commit', 'markers', 'save'] as const;

export interface KeystrokeSample {
  /** Keydown → the frame that shows the new text on the canvas, in ms. */
  readonly latency: number;
  /** Time the app spent in each stage after this keystroke (summed), in ms. */
  readonly stages: Readonly<Record<string, number>>;
}

export interface TypingRun {
  readonly samples: readonly KeystrokeSample[];
  readonly longTasks: readonly { start: number; duration: number }[];
}

/** How long to wait after each painted keystroke, so validation, markers and saving finish before the next. */
const SETTLE_MS = 400;
const UPDATE_TIMEOUT_MS = 15_000;

/**
 * Opens the scenario's file in the app (the toolbar's Open, as a person does) and, when the
 * scenario says so, a workload's pod view from the application map; puts the cursor at the end of
 * `typeAfter` in the YAML editor and types `keystrokes` digits, one at a time, measuring each
 * keystroke until the canvas node shows the new text.
 */
export async function runTypingScenario(
  browser: Browser,
  baseUrl: string,
  scenario: TypingScenario,
  keystrokes: number,
): Promise<TypingRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    // tsx keeps function names with an `__name` helper that the page does not have.
    await context.addInitScript({ content: `var __name = (f) => f; (${installPageProbe.toString()})();` });
    // Open goes through the plain file input, whose chooser Playwright can answer (it cannot
    // answer the File System Access picker Chromium would show).
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'showOpenFilePicker');
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('toolbar', { name: 'Pod Designer' })
      .getByRole('button', { name: 'Open', exact: true })
      .click();
    await (await chooser).setFiles({
      name: 'bench.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(scenario.text),
    });
    if (scenario.openCard !== null) {
      // A file of several workloads opens on the application map: open the workload's pod view
      // the way a person does, with a double-click on its card.
      await page
        .getByRole('main', { name: 'Application map' })
        .getByRole('group', { name: scenario.openCard, exact: true })
        .dblclick();
    }
    const { nodeId } = scenario;
    await page.locator(`.react-flow__node[data-id="${nodeId}"]`).waitFor();
    await placeCursorAfter(page, scenario.typeAfter);
    await page.waitForTimeout(1500);

    let shown = scenario.shows;
    const samples: { keydown: number; update: CanvasUpdate }[] = [];
    for (let index = 0; index < keystrokes; index++) {
      const digit = String((index + 1) % 10);
      shown += digit;
      await page.evaluate(({ id, text }) => window.__benchProbe.expectCanvasText(id, text), {
        id: nodeId,
        text: shown,
      });
      await page.keyboard.press(digit);
      const update = await withTimeout(
        page.evaluate(() => window.__benchProbe.canvasUpdate()),
        `the canvas did not show "${shown}"`,
      );
      const keydown = await page.evaluate(() => window.__benchProbe.keydowns.at(-1) ?? Number.NaN);
      samples.push({ keydown, update });
      await page.waitForTimeout(SETTLE_MS);
    }
    const record = await page.evaluate((): ProbeRecord => {
      const { keydowns, longTasks, measures } = window.__benchProbe;
      return { keydowns, longTasks, measures };
    });
    const first = samples[0]?.keydown ?? 0;
    const last = (samples.at(-1)?.update.painted ?? 0) + SETTLE_MS;
    return {
      samples: samples.map(({ keydown, update }, index) => {
        const until = samples[index + 1]?.keydown ?? last;
        const stages: Record<string, number> = {};
        for (const measure of record.measures)
          if (measure.start >= keydown && measure.start < until)
            stages[measure.name] = (stages[measure.name] ?? 0) + measure.duration;
        return { latency: update.painted - keydown, stages };
      }),
      longTasks: record.longTasks.filter((task) => task.start >= first && task.start < last),
    };
  } finally {
    await context.close();
  }
}

/** Finds `text` with the editor's Find (Ctrl+F), closes Find and moves to the end of that line. */
async function placeCursorAfter(page: Page, text: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'YAML editor' });
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').waitFor();
  await input.focus();
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${UPDATE_TIMEOUT_MS} ms`)), UPDATE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
