import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('switching Pod → Deployment → Pod gives back the pod exactly', async ({ app }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.kindSelect).toHaveValue('Pod');

  await app.kindSelect.selectOption('Deployment');
  await expect(app.canvas.root.locator('.pod-node__kind')).toHaveText('Deployment');
  const deployment = (await app.exportYaml()).text;
  expect(deployment).toContain('kind: Deployment');
  expect(deployment).toContain('matchLabels:');
  expect(deployment).toContain('# serves the site');
  await expect(app.canvas.node('Container web')).toBeVisible();

  await app.kindSelect.selectOption('Pod');
  await expect(app.canvas.root.locator('.pod-node__kind')).toHaveText('Pod');
  expect((await app.exportYaml()).text).toBe(manifest);
});
