import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

/** Lines of `after` that differ from the same line of `before` (the texts have the same length in lines). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return now.filter((line, index) => line !== old[index]);
}

test('editing the image of a container changes one YAML line, keeps comments, and undoes in one step', async ({
  app,
  inspector,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);

  await app.canvas.node('Container web').click();
  await expect(inspector.form('Container web')).toBeVisible();
  await inspector.expectValue('Image', 'nginx:1.27');
  await expect(inspector.root.getByText('Kept as is')).toHaveCount(0);

  await inspector.setText('Image', 'nginx:1.28');
  const edited = (await app.exportYaml()).text;
  expect(changedLines(manifest, edited)).toEqual(['    image: nginx:1.28']);
  expect(edited).toContain('# A web server with a log shipper beside it.');
  expect(edited).toContain('  - name: web            # serves the site');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(inspector.field('Image')).toHaveValue('nginx:1.27');
  expect((await app.exportYaml()).text).toBe(manifest);

  // Redo, then a reload finds the committed change.
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(inspector.field('Image')).toHaveValue('nginx:1.28');
  await page.reload();
  await expect(app.canvas.node('Container web')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(edited);
  await app.canvas.node('Container web').click();
  await inspector.expectValue('Image', 'nginx:1.28');
});

test('an invalid port shows an inline error and writes nothing', async ({ app, inspector }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.canvas.node('Container web').click();

  await inspector.setText('Number of port 1', '70000');
  await expect(inspector.fieldError).toHaveText(/A port is a whole number from 1 to 65535/);
  await expect(inspector.field('Number of port 1')).toHaveAttribute('aria-invalid', 'true');
  await inspector.field('Image').focus();
  expect((await app.exportYaml()).text).toBe(manifest);

  await inspector.setText('Number of port 1', 'http');
  await expect(inspector.fieldError).toBeVisible();
  expect((await app.exportYaml()).text).toBe(manifest);

  await inspector.setText('Number of port 1', '8080');
  await expect(inspector.fieldError).toHaveCount(0);
  expect(changedLines(manifest, (await app.exportYaml()).text)).toEqual(['    - containerPort: 8080']);
});

test('renaming a volume in the form moves its mounts along; undo puts it back', async ({ app, inspector, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);

  await app.canvas.root.locator('.react-flow__node[aria-label="Volume work"]').click();
  await expect(inspector.form('Volume work')).toBeVisible();
  await inspector.setText('Name', 'Site');
  await expect(inspector.fieldError).toContainText('lowercase');
  await inspector.setText('Name', 'site');
  await expect(inspector.form('Volume site')).toBeVisible();
  const renamed = (await app.exportYaml()).text;
  expect(changedLines(manifest, renamed)).toEqual(['    - name: site', '    - name: site', '  - name: site']);
  await expect(app.canvas.root.locator('.react-flow__node[aria-label="Volume site"]')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await app.exportYaml()).text).toBe(manifest);
});
