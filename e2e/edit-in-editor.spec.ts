import { expect, test } from './designerTest';

test('typing in the editor updates the canvas', async ({ app, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  await app.editor.typeLinesAfter('containerPort: 80', ['  - name: cache', '    image: redis:7.4']);

  await expect(app.canvas.node('Container cache')).toBeVisible();
  // Typing, key by key, at the end of a line.
  await app.editor.placeCursorAfter('name: cache');
  await page.keyboard.type('d');
  await expect(app.canvas.node('Container cached')).toBeVisible();
  await expect(app.editor.status).toHaveText('✓ Valid YAML');
  const exported = await app.exportYaml();
  expect(exported.text).toContain('  - name: cached\n    image: redis:7.4');
});

test('invalid YAML keeps the text, marks the error and shows the last good design as stale', async ({ app, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  await app.editor.typeLinesAfter('image: nginx:1.27', ['    args: one: two']);

  await expect(app.editor.status).toContainText(/Line \d+, column \d+/);
  await expect(app.editor.errorMessage).toContainText('YAML syntax error');
  await expect(app.editor.markers('error')).not.toHaveCount(0);
  await expect(app.canvas.staleBadge).toBeVisible();
  await expect(app.canvas.node('Container app')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workload kind' })).toBeDisabled();

  // Nothing is lost, even across a reload.
  await page.reload();
  await app.editor.ready();
  expect(await app.editor.visibleText()).toContain('args: one: two');
  await expect(app.canvas.staleBadge).toBeVisible();
  const exported = await app.exportYaml();
  expect(exported.text).toContain('    image: nginx:1.27\n    args: one: two\n');
});
