import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test.use({ viewport: { width: 1280, height: 800 } });

test('presenter mode on a projector: the canvas fills the screen and names are 16 px or more', async ({
  app,
  workspace,
  guide,
  gallery,
  page,
}) => {
  await app.openFresh();
  await gallery.openTemplate('Backend with an nginx sidecar for its static files');
  await expect(app.canvas.node('Container nginx')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Palette, inspector and editor fold away to their toolbar toggles; the explanation to one line.
  for (const name of ['Palette', 'Inspector', 'YAML editor'] as const) await workspace.expectShown(name, false);
  const explanation = guide.root.getByRole('button', { name: 'Explanation' });
  await expect(explanation).toHaveAttribute('aria-expanded', 'false');
  await expect(guide.title).toBeVisible();
  expect(await workspace.drawingAreaShare()).toBeGreaterThanOrEqual(0.85);
  await expect.poll(async () => Math.min(...(await workspace.renderedNameSizes()))).toBeGreaterThanOrEqual(16);

  // The explanation comes back, and goes again.
  await explanation.click();
  await expect(explanation).toHaveAttribute('aria-expanded', 'true');
  await expect(guide.root).toContainText('emptyDir');
  await explanation.click();
  await expect(explanation).toHaveAttribute('aria-expanded', 'false');

  // A panel can be brought back while presenting, and presenting again starts without it.
  await workspace.toggle('Inspector').click();
  await workspace.expectShown('Inspector', true);
  await workspace.toggle('Inspector').click();

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  for (const name of ['Palette', 'Inspector', 'YAML editor'] as const) await workspace.expectShown(name, true);
  await expect(explanation).toHaveAttribute('aria-expanded', 'true');
});

test('presenter mode zooms to the selection, and the lifecycle docks under the nodes with whole names', async ({
  app,
  workspace,
  lifecycle,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  const web = app.canvas.node('Container web');
  await expect(web).toBeVisible();
  const normalWidth = (await web.boundingBox())?.width ?? 0;
  await web.click();
  await page.keyboard.press('Alt+P');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await web.boundingBox())?.width ?? 0).toBeGreaterThan(normalWidth * 1.2);

  await lifecycle.open();
  await expect(lifecycle.root).toBeVisible();
  // Nodes and timeline on screen together: the dock is under the canvas, not over it.
  const canvasBox = await page.getByRole('main', { name: 'Pod canvas' }).boundingBox();
  const dockBox = await lifecycle.root.boundingBox();
  if (!canvasBox || !dockBox) throw new Error('canvas or lifecycle not on screen');
  expect(dockBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height - 1);
  expect(canvasBox.height).toBeGreaterThan(250);
  for (const container of ['setup', 'web', 'logs']) {
    const name = lifecycle.row(container).getByRole('rowheader');
    await expect(name).toContainText(container);
    expect(await name.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true);
  }
  // Presenter sizes in the timeline too.
  expect(
    await lifecycle.state('web').evaluate((cell) => Number.parseFloat(getComputedStyle(cell).fontSize)),
  ).toBeGreaterThanOrEqual(16);
  await lifecycle.button('▶ Play').click();
  await expect(lifecycle.state('web')).toContainText(/Running|Ready/, { timeout: 20_000 });
  expect(await workspace.renderedNameSizes()).not.toHaveLength(0);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'false');
  expect((await app.exportYaml()).text).toBe(manifest);
});
