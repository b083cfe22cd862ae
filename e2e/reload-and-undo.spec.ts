import { expect, test } from './designerTest';

test('a reload finds the design as it was', async ({ app, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await app.paletteItem('Sidecar').click();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  const before = await app.exportYaml();

  await page.reload();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  await expect(app.canvas.node('Container app')).toBeVisible();
  const after = await app.exportYaml();
  expect(after.text).toBe(before.text);
});

test('undo and redo step through user actions, by button and keyboard', async ({ app, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  const initial = (await app.exportYaml()).text;

  await app.paletteItem('Container').click();
  await expect(app.canvas.node('Container container')).toBeVisible();
  await app.paletteItem('Init container').click();
  await expect(app.canvas.node('Init container init')).toBeVisible();

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Init container init')).toHaveCount(0);
  await expect(app.canvas.node('Container container')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.canvas.node('Container container')).toHaveCount(0);
  expect((await app.exportYaml()).text).toBe(initial);

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(app.canvas.node('Container container')).toBeVisible();
  await app.toolbarButton('Redo').click();
  await expect(app.canvas.node('Init container init')).toBeVisible();

  // A burst of typing is one step.
  await app.editor.placeCursorAfter('name: my-pod');
  await page.keyboard.type('-x');
  await expect(app.canvas.podTitle).toHaveText('my-pod-x');
  await app.editor.input.press('ControlOrMeta+Z');
  await expect(app.canvas.podTitle).toHaveText('my-pod');
});
