import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/shop-deployment.yaml', import.meta.url), 'utf8');

function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now).toHaveLength(old.length);
  return now.filter((line, index) => line !== old[index]);
}

test('renaming a port updates the probe that uses its name; undo puts both back', async ({ app, inspector, page }) => {
  await app.openFresh();
  await app.openFile('shop-deployment.yaml', manifest);

  await app.canvas.node('Container web').click();
  await inspector.setText('Name of port 1', 'web-http');
  await expect(inspector.field('Name of port 1')).toHaveValue('web-http');
  expect(changedLines(manifest, (await app.exportYaml()).text)).toEqual([
    '        - name: web-http',
    '            port: web-http',
  ]);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await app.exportYaml()).text).toBe(manifest);
});

test('editing a pod label of a Deployment offers to keep the selector in step; the form lists what it keeps as is', async ({
  app,
  inspector,
  page,
}) => {
  await app.openFresh();
  await app.openFile('shop-deployment.yaml', manifest);

  await expect(inspector.form('Deployment shop')).toBeVisible();
  await inspector.expectValue('Replicas', '2');
  await expect(inspector.root.getByRole('region', { name: 'Kept as is in Deployment shop' })).toContainText(
    'spec.template.spec.tolerations',
  );

  await inspector.setText('Value of pod label app', 'store');
  // The selector selects the pods through the label: the app asks whether it follows.
  const ask = page.getByRole('dialog', { name: 'Change pod label app to store?' });
  await expect(ask).toContainText("the Deployment's selector (spec.selector.matchLabels)");
  await ask.getByRole('button', { name: 'Update them too' }).click();
  await expect(ask).toBeHidden();
  const edited = (await app.exportYaml()).text;
  expect(changedLines(manifest, edited)).toEqual([
    '      app: store   # must match the template',
    '        app: store',
  ]);
  await expect(inspector.form('Deployment shop')).toContainText('app=store');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await app.exportYaml()).text).toBe(manifest);
});
