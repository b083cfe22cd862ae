import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('presenter mode hides the editor, enlarges the type, zooms to the selection; Escape leaves it', async ({
  app,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.editor.ready();
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const fontSize = () =>
    page
      .getByRole('complementary', { name: 'Palette' })
      .getByRole('button', { name: 'Container', exact: true })
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const normalSize = await fontSize();
  const web = app.canvas.node('Container web');
  const normalWidth = (await web.boundingBox())!.width;

  await web.click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(app.editor.pane).toBeHidden();
  expect(await fontSize()).toBeGreaterThan(normalSize);
  // Zoomed to the selected container: it is drawn larger than before.
  await expect.poll(async () => (await web.boundingBox())!.width).toBeGreaterThan(normalWidth * 1.2);

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(app.editor.pane).toBeVisible();
  expect(await fontSize()).toBe(normalSize);
  expect((await app.exportYaml()).text).toBe(manifest);
});
