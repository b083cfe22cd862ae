import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';
import { DesignerApp } from './pages/DesignerApp';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a share link opens the exact design in another browser', async ({ app, share, browser, baseURL }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();
  const link = await share.copy();
  expect(link.startsWith(`${baseURL}/#design=`)).toBe(true);

  // Someone else, with nothing saved, opens the link.
  const other = await browser.newContext({ baseURL: baseURL! });
  const otherPage = await other.newPage();
  const otherApp = new DesignerApp(otherPage);
  await otherPage.goto(link);
  // The notice goes after a few seconds: look for it first.
  await expect(otherPage.getByRole('status').filter({ hasText: 'Opened the shared design' })).toBeVisible();
  await expect(otherApp.canvas.node('Container web')).toBeVisible();
  await expect(otherApp.canvas.node('Init container setup')).toBeVisible();
  expect((await otherApp.exportYaml()).text).toBe(manifest);
  // The fragment is cleared, so a reload does not open the link again (the autosave keeps the design).
  await expect(otherPage).toHaveURL(`${baseURL}/`);
  await otherPage.reload();
  await expect(otherApp.canvas.node('Container web')).toBeVisible();
  expect((await otherApp.exportYaml()).text).toBe(manifest);
  expect(otherApp.consoleErrors).toEqual([]);
  await other.close();
});

test('opening a link over other work asks first; Keep mine keeps it, Replace replaces it as one undo step', async ({
  app,
  share,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  const link = await share.copy();

  await app.toolbarButton('New').click();
  await app.paletteItem('Sidecar').click();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  const mine = (await app.exportYaml()).text;

  await page.goto(link);
  await expect(share.replaceDialog).toBeVisible();
  await expect(share.replaceDialog.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await share.replaceDialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(share.replaceDialog).toHaveCount(0);
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(mine);

  await page.goto(link);
  await share.replaceDialog.getByRole('button', { name: 'Replace' }).click();
  await expect(app.canvas.node('Container web')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(manifest);

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(mine);
});

test('a broken link explains itself and keeps the current design', async ({ app, share, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  await page.goto('/#design=this-is-not-a-design');
  await expect(page.getByRole('alert').filter({ hasText: 'This share link is damaged' })).toContainText(
    'Your current design is unchanged',
  );
  await expect(app.canvas.node('Container web')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(manifest);
  await expect(share.replaceDialog).toHaveCount(0);
});

test('without clipboard access the link is shown to copy by hand', async ({ app, share, page, context }) => {
  await context.clearPermissions();
  await app.openFresh();
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
  );
  await app.toolbarButton('New').click();
  await share.copyButton.click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#design=[A-Za-z0-9_-]+$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});
