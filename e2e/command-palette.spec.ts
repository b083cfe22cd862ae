import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('the command palette finds commands as you type and runs them with the keyboard', async ({
  app,
  commandPalette: palette,
  lifecycle,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  // Every command is listed, each with its shortcut.
  await palette.open();
  expect(await palette.options.count()).toBeGreaterThan(40);
  await expect(palette.option(/^File\s*Save(?! As)/).locator('kbd')).toHaveText(/^(Ctrl\+S|⌘S)$/);

  // Typing filters; the first match is chosen, arrows move, Enter runs and closes the palette.
  await palette.input.fill('lifecycle');
  await expect(palette.activeOption).toContainText('Lifecycle');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(lifecycle.root).toBeVisible();

  await palette.open();
  await palette.input.fill('add');
  await expect(palette.activeOption).toContainText('Add container');
  await page.keyboard.press('ArrowDown');
  await expect(palette.activeOption).toContainText('Add init container');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(palette.activeOption).toHaveText((await palette.options.last().textContent()) ?? '');
  await palette.input.fill('add sidecar');
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  expect((await app.exportYaml()).text).toContain('- name: sidecar');
});

test('entries that cannot run say why and do nothing; Escape closes and gives focus back', async ({
  app,
  commandPalette: palette,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.toolbarButton('Export YAML').focus();

  await palette.open();
  await palette.input.fill('redo');
  await expect(palette.activeOption).toHaveAttribute('aria-disabled', 'true');
  await expect(palette.activeOption).toContainText('Nothing to redo.');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeVisible();

  await palette.input.fill('duplicate');
  await expect(palette.activeOption).toContainText('Select one container first.');
  await palette.input.fill('zzz');
  await expect(palette.options).toHaveCount(0);
  await expect(palette.dialog.getByRole('status')).toHaveText('No command matches.');

  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(app.toolbarButton('Export YAML')).toBeFocused();
  // The toolbar's button opens it too.
  await page.getByRole('button', { name: 'Command palette' }).click();
  await expect(palette.dialog).toBeVisible();
});
