import { readFile } from 'node:fs/promises';
import { expect, test } from './designerTest';

test('a reload right after typing in the editor loses nothing, valid or half-typed', async ({ app, page }) => {
  test.slow(); // three page loads, each with the editor
  await app.openFresh();
  await app.openFile('shop.yaml', await readFile('e2e/fixtures/shop-deployment.yaml', 'utf8'));
  await app.editor.ready();

  // Saving waits for idle time; the page being hidden writes at once, with the last keystroke.
  await app.editor.placeCursorAfter('image: nginx:1.27');
  await page.keyboard.type('-rc1');
  await page.reload();
  await app.editor.ready();
  expect(await app.editor.visibleText()).toContain('image: nginx:1.27-rc1');

  await app.editor.placeCursorAfter('kind: Deployment');
  await page.keyboard.type(': [');
  await page.reload();
  await app.editor.ready();
  expect(await app.editor.visibleText()).toContain('kind: Deployment: [');
  await expect(app.editor.status).toContainText('Line');
});
