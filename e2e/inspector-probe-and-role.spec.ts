import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const shop = readFileSync(new URL('./fixtures/shop-deployment.yaml', import.meta.url), 'utf8');
const webAndSidecar = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('a probe is edited in its own form: port by name or number, timing, each change one step', async ({
  app,
  inspector,
  page,
}) => {
  await app.openFresh();
  await app.openFile('shop-deployment.yaml', shop);
  await app.canvas.node('Container web').click();

  await inspector.root.getByRole('button', { name: 'Edit readiness probe' }).click();
  await expect(inspector.form('readiness probe of web')).toBeVisible();
  await inspector.expectValue('Port', 'http');

  await inspector.setText('Port', 'Not A Name');
  await expect(inspector.fieldError).toBeVisible();
  await inspector.setText('Port', 'metrics');
  await expect(inspector.fieldError).toHaveText(/no port named "metrics"/);
  expect((await app.exportYaml()).text).toBe(shop);
  await inspector.setText('Port', '8080');
  await inspector.setText('Period (seconds)', '0');
  await expect(inspector.fieldError).toHaveText(/1 or more/);
  await inspector.setText('Period (seconds)', '15');
  const edited = (await app.exportYaml()).text;
  expect(edited).toContain('            port: 8080\n          periodSeconds: 15\n');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(inspector.field('Period (seconds)')).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await app.exportYaml()).text).toBe(shop);
});

test('an init container becomes a sidecar from its form, and a container rename refuses a clash', async ({
  app,
  inspector,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', webAndSidecar);

  await app.canvas.node('Init container setup').click();
  await inspector.choose('Role', 'Sidecar (init container, restartPolicy: Always)');
  await expect(app.canvas.node('Sidecar setup')).toBeVisible();
  expect((await app.exportYaml()).text).toContain(
    '    command: ["sh", "-c", "echo ready > /work/ready"]\n    volumeMounts:\n    - name: work\n      mountPath: /work\n    restartPolicy: Always\n',
  );

  await inspector.setText('Name', 'web');
  await expect(inspector.fieldError).toHaveText(/Another container is already named "web"/);
  await inspector.setText('Name', 'prepare');
  await expect(app.canvas.node('Sidecar prepare')).toBeVisible();
  await expect(inspector.form('Container prepare')).toBeVisible();

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  expect((await app.exportYaml()).text).toBe(webAndSidecar);
});
