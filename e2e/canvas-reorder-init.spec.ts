import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');
const initNames = (spec: Record<string, any>) =>
  spec.initContainers.map((container: { name: string }) => container.name);

test('dragging an init container up its lane changes the run order, as one undo step', async ({ app }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  await expect(app.canvas.node('Init container warm')).toBeVisible();
  await expect(app.canvas.node('Init container warm')).toContainText('3. Init container');

  const warm = await app.canvas.nodeTopLeft('Init container warm');
  const migrate = await app.canvas.nodeTopLeft('Init container migrate');
  await app.canvas.dragNode('Init container warm', 0, migrate.y - warm.y - 20);

  await expect(app.canvas.node('Init container warm')).toContainText('1. Init container');
  await expect(app.canvas.node('Init container migrate')).toContainText('2. Init container');
  expect(initNames(await app.exportedPodSpec())).toEqual(['warm', 'migrate', 'seed', 'proxy']);
  // It snapped into the first slot of its lane.
  await expect.poll(async () => (await app.canvas.nodeTopLeft('Init container warm')).y).toBe(migrate.y);

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Init container warm')).toContainText('3. Init container');
  expect(initNames(await app.exportedPodSpec())).toEqual(['migrate', 'seed', 'warm', 'proxy']);
});
