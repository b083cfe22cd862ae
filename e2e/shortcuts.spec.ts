import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './designerTest';
import type { CommandPalette } from './pages/CommandPalette';
import type { DesignerApp } from './pages/DesignerApp';
import type { PatternGallery } from './pages/TemplatesAndExercises';
import type { Workspace } from './pages/Workspace';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

/** A shortcut as the command palette shows it ("Ctrl+Shift+Z", "Esc") as Playwright presses it. */
const toKeys = (shown: string) => shown.replace(/^Ctrl\+/, 'ControlOrMeta+').replace(/^Esc$/, 'Escape');

/** Nothing focused: the keys go to the page, as after clicking an empty spot. */
const focusPage = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** The page objects a check works through. */
interface Journey {
  readonly app: DesignerApp;
  readonly workspace: Workspace;
  readonly palette: CommandPalette;
  readonly gallery: PatternGallery;
}

type Check = (journey: Journey, keys: string) => Promise<void>;

/** What each command's shortcut must do, checked the way a person sees it. */
const CHECKS: Record<string, Check> = {
  'Command palette': async ({ app, palette }, keys) => {
    await app.page.keyboard.press(keys);
    await expect(palette.dialog).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(palette.dialog).toBeHidden();
  },
  'Open…': async ({ app }, keys) => {
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.keyboard.press(keys);
    await (await chooser).setFiles({ name: 'again.yaml', mimeType: 'application/yaml', buffer: Buffer.from(manifest) });
  },
  // Journeys run without File System Access (see designerTest.ts): Save says why it cannot write
  // back, Save As downloads; file-save.spec.ts writes through recording pickers.
  Save: async ({ app }, keys) => {
    await app.page.keyboard.press(keys);
    await expect(app.page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
      'Not saved: this browser cannot write to files',
    );
    await app.page.getByRole('alert').filter({ hasText: 'Not saved' }).getByRole('button', { name: 'Dismiss' }).click();
  },
  'Save As…': async ({ app }, keys) => {
    const download = app.page.waitForEvent('download');
    await app.page.keyboard.press(keys);
    // Named after the file the design was opened from (Open… may have run before).
    expect((await download).suggestedFilename()).toMatch(/^(web-and-sidecar|again)\.yaml$/);
  },
  Undo: async ({ app }, keys) => {
    await app.paletteItem('Container').click();
    await expect(app.canvas.node('Container container')).toBeVisible();
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect(app.canvas.node('Container container')).toHaveCount(0);
  },
  Redo: async ({ app }, keys) => {
    await app.paletteItem('Container').click();
    await app.toolbarButton('Undo').click();
    await expect(app.canvas.node('Container container')).toHaveCount(0);
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect(app.canvas.node('Container container')).toBeVisible();
    await app.toolbarButton('Undo').click();
  },
  Palette: (journey, keys) => togglesPanel(journey, keys, 'Palette'),
  Inspector: (journey, keys) => togglesPanel(journey, keys, 'Inspector'),
  'YAML editor': (journey, keys) => togglesPanel(journey, keys, 'YAML editor'),
  Problems: ({ app }, keys) => togglesRegion(app, keys, 'Problems'),
  Lifecycle: ({ app }, keys) => togglesRegion(app, keys, 'Lifecycle'),
  'Application map': async ({ app }, keys) => {
    await app.page.keyboard.press(keys);
    await expect(app.page.getByRole('main', { name: 'Application map' })).toBeVisible();
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect(app.page.getByRole('main', { name: 'Pod canvas' })).toBeVisible();
  },
  'Fit the pod in view': async ({ app, workspace }, keys) => {
    for (let clicks = 0; clicks < 3; clicks++) await app.page.locator('.react-flow__controls-zoomin').click();
    await expect.poll(() => workspace.nodesOutsideCanvas()).not.toEqual([]);
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect.poll(() => workspace.nodesOutsideCanvas()).toEqual([]);
  },
  'Presenter mode': async ({ app }, keys) => {
    const toggle = app.page.getByRole('button', { name: 'Presenter mode' });
    await app.page.keyboard.press(keys);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  },
  'Leave presenter mode': async ({ app }, keys) => {
    const toggle = app.page.getByRole('button', { name: 'Presenter mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await app.page.keyboard.press(keys);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  },
  'Reveal the next part': (journey, keys) =>
    whilePresenting(journey, async (reveal) => {
      const before = await revealedStep(reveal);
      await journey.app.page.keyboard.press(keys);
      await expect.poll(() => revealedStep(reveal)).toBe(before + 1);
    }),
  'Reveal the previous part': (journey, keys) =>
    whilePresenting(journey, async (reveal) => {
      for (let step = 0; step < 2; step++) await reveal.getByRole('button', { name: 'Next' }).click();
      const before = await revealedStep(reveal);
      await focusPage(journey.app.page);
      await journey.app.page.keyboard.press(keys);
      await expect.poll(() => revealedStep(reveal)).toBe(before - 1);
    }),
  Explanation: async ({ app, gallery }, keys) => {
    await gallery.openTemplate('Logging sidecar tailing a shared log volume');
    const toggle = app.page.getByRole('button', { name: 'Explanation' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await focusPage(app.page);
    await app.page.keyboard.press(keys);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await app.page.keyboard.press(keys);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Runs `check` in presenter mode, where the step-by-step reveal is, and leaves it again. */
async function whilePresenting({ app }: Journey, check: (reveal: Locator) => Promise<void>) {
  const toggle = app.page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const reveal = app.page.getByRole('region', { name: 'Step by step' });
  await expect(reveal).toBeVisible();
  await focusPage(app.page);
  await check(reveal);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

/** The part the reveal shows ("3 of 9 …"), 0 before the first. */
async function revealedStep(reveal: Locator): Promise<number> {
  const shown = /(\d+) of \d+/.exec((await reveal.textContent()) ?? '');
  return shown ? Number(shown[1]) : 0;
}

async function togglesPanel({ app, workspace }: Journey, keys: string, name: 'Palette' | 'Inspector' | 'YAML editor') {
  await app.page.keyboard.press(keys);
  await workspace.expectShown(name, false);
  await focusPage(app.page);
  await app.page.keyboard.press(keys);
  await workspace.expectShown(name, true);
}

async function togglesRegion(app: DesignerApp, keys: string, name: 'Problems' | 'Lifecycle') {
  const region = app.page.getByRole('region', { name, exact: true });
  await app.page.keyboard.press(keys);
  await expect(region).toBeVisible();
  await focusPage(app.page);
  await app.page.keyboard.press(keys);
  await expect(region).toBeHidden();
}

test('every shortcut the command palette lists does what it says', async ({
  app,
  workspace,
  commandPalette: palette,
  gallery,
  page,
}) => {
  test.setTimeout(120_000);
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.editor.ready();

  await palette.open();
  const listed = (await palette.listedShortcuts()).filter((entry) => entry.shortcuts.length > 0);
  await page.keyboard.press('Escape');
  // A shortcut added to the table without a check here fails the test, and so does a check for one that went.
  expect(listed.map((entry) => entry.label).sort()).toEqual(Object.keys(CHECKS).sort());

  // The template's explanation replaces the design: it goes last.
  const ordered = [...listed].sort((a, b) => Number(a.label === 'Explanation') - Number(b.label === 'Explanation'));
  for (const { label, shortcuts } of ordered)
    for (const shortcut of shortcuts)
      await test.step(`${label}: ${shortcut}`, async () => {
        await focusPage(page);
        await CHECKS[label]?.({ app, workspace, palette, gallery }, toKeys(shortcut));
      });
});

test('the shortcuts work while typing in the YAML editor, and undo there is the app’s undo', async ({
  app,
  commandPalette,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.editor.typeLinesAfter('image: nginx:1.27', ['    args: ["--verbose"]']);

  // What was just typed is in the file, though the editor had no pause to send it.
  const download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+Shift+S');
  expect(await readFile(await (await download).path(), 'utf8')).toContain('args: ["--verbose"]');

  await page.keyboard.press('ControlOrMeta+K');
  await expect(commandPalette.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await app.editor.input.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editor.visibleText()).not.toContain('--verbose');
  await expect(app.toolbarButton('Redo')).toBeEnabled();
});
