import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

/** Serious and critical axe findings on the page, as short readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

test.describe('axe finds no serious or critical problems', () => {
  // axe reads the whole page, including the editor; it is slow on a shared machine.
  test.setTimeout(120_000);

  test('on the empty start screen', async ({ app, page }) => {
    await app.openFresh();
    await app.editor.ready();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with a pod loaded, its outline open', async ({ app, page }) => {
    await app.openFresh();
    await app.openFile('web-and-sidecar.yaml', manifest);
    await expect(app.canvas.node('Container web')).toBeVisible();
    await app.editor.ready();
    await page.getByRole('button', { name: 'Outline' }).click();
    await expect(page.getByRole('region', { name: 'Pod outline' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe('in the dark theme', () => {
    test.use({ colorScheme: 'dark' });
    test('with a pod loaded and a node selected', async ({ app, page }) => {
      await app.openFresh();
      await app.openFile('web-and-sidecar.yaml', manifest);
      await app.canvas.node('Container web').click();
      await app.editor.ready();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test('with a node selected and the export menu open', async ({ app, page }) => {
    await app.openFresh();
    await app.openFile('web-and-sidecar.yaml', manifest);
    await app.canvas.node('Container web').click();
    await expect(app.canvas.node('Container web')).toHaveClass(/selected/);
    // The editor highlights the selected container's lines: its colours are checked on that highlight.
    await app.editor.ready();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in presenter mode', async ({ app, page }) => {
    await app.openFresh();
    await app.openFile('web-and-sidecar.yaml', manifest);
    await app.canvas.node('Container web').click();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(app.editor.pane).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.describe('presenting in the dark theme', () => {
    test.use({ colorScheme: 'dark' });
    test('in presenter mode with the lifecycle docked', async ({ app, lifecycle, page }) => {
      await app.openFresh();
      await app.openFile('web-and-sidecar.yaml', manifest);
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await lifecycle.open();
      await expect(lifecycle.root).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test('with the command palette open', async ({ app, commandPalette, page }) => {
    await app.openFresh();
    await app.openFile('web-and-sidecar.yaml', manifest);
    await commandPalette.open();
    await commandPalette.input.fill('re');
    await expect(commandPalette.activeOption).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('a pod can be built and changed with the keyboard alone', async ({ app, page }) => {
  await app.openFresh();

  // Toolbar: New.
  await app.toolbarButton('New').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Container app')).toBeVisible();

  // Palette: Tab to a palette button and press Enter (then Space) to add parts.
  await app.paletteItem('Init container').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Init container init')).toBeVisible();
  await app.paletteItem('Sidecar').focus();
  await page.keyboard.press('Space');
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();

  // Canvas: Tab reaches the nodes; Enter selects one, Delete removes it, Ctrl+Z brings it back.
  let reachedNode = false;
  for (let presses = 0; presses < 20 && !reachedNode; presses++) {
    await page.keyboard.press('Tab');
    reachedNode = await page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false);
  }
  expect(reachedNode).toBe(true);
  await app.canvas.node('Init container init').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('init');
  await page.keyboard.press('Delete');
  await expect(app.canvas.node('Init container init')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.canvas.node('Init container init')).toBeVisible();

  // Outline: a text view of the pod whose items select things on the canvas.
  const outlineToggle = page.getByRole('button', { name: 'Outline' });
  await outlineToggle.focus();
  await page.keyboard.press('Enter');
  await expect(outlineToggle).toHaveAttribute('aria-expanded', 'true');
  const outline = page.getByRole('region', { name: 'Pod outline' });
  await expect(outline.getByRole('listitem').first()).toContainText('Pod my-pod');
  const sidecarItem = outline.getByRole('button', { name: /^1\. Sidecar sidecar, image / });
  await sidecarItem.focus();
  await page.keyboard.press('Enter');
  await expect(sidecarItem).toHaveAttribute('aria-pressed', 'true');
  await expect(app.canvas.node('Sidecar sidecar')).toHaveClass(/selected/);
});
