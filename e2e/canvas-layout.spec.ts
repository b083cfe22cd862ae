import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');

test('a node the user moved stays there after a reload; Tidy layout puts it back', async ({ app, page }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  const volume = 'Volume cache';
  await expect(app.canvas.node(volume)).toBeVisible();
  const tls = await app.canvas.nodeTopLeft('Volume tls');
  const start = await app.canvas.nodeTopLeft(volume);
  expect(start.y).toBe(tls.y);

  const handle = app.canvas.node(volume).locator('.volume-node__name');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 5, box.y - 40, { steps: 10 });
  await page.mouse.up();
  const moved = await app.canvas.nodeTopLeft(volume);
  expect(moved.y).toBeLessThan(start.y - 20);

  await page.reload();
  await expect(app.canvas.node(volume)).toBeVisible();
  const afterReload = await app.canvas.nodeTopLeft(volume);
  const tlsAfterReload = await app.canvas.nodeTopLeft('Volume tls');
  expect(afterReload.y).toBeLessThan(tlsAfterReload.y - 10);

  await app.canvas.root.getByRole('button', { name: 'Tidy layout' }).click();
  await expect
    .poll(async () => (await app.canvas.nodeTopLeft(volume)).y - (await app.canvas.nodeTopLeft('Volume tls')).y)
    .toBe(0);
  expect((await app.exportYaml()).text).toBe(manifest);
});
