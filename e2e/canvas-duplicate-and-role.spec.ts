import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');
const names = (list: { name: string }[] | undefined) => (list ?? []).map((container) => container.name);

test('duplicate a container, and undo it', async ({ app }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  await app.canvas.duplicateButton('web').click();
  await expect(app.canvas.node('Container web-2')).toBeVisible();
  const spec = await app.exportedPodSpec();
  expect(names(spec.containers)).toEqual(['web', 'web-2']);
  expect(spec.containers[1]).toEqual({ ...spec.containers[0], name: 'web-2' });

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Container web-2')).toHaveCount(0);
  expect((await app.exportYaml()).text).toBe(manifest);
});

test('convert a container into a native sidecar and back, each one undo step', async ({ app }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);

  await app.canvas.roleSelect('seed').selectOption('Sidecar');
  await expect(app.canvas.node('Sidecar seed')).toBeVisible();
  let spec = await app.exportedPodSpec();
  expect(spec.initContainers[1]).toEqual({ name: 'seed', image: 'shop/seed:2.0', restartPolicy: 'Always' });

  await app.canvas.roleSelect('seed').selectOption('Init container');
  await expect(app.canvas.node('Init container seed')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(manifest);

  await app.canvas.roleSelect('web').selectOption('Sidecar');
  await expect(app.canvas.node('Sidecar web')).toBeVisible();
  spec = await app.exportedPodSpec();
  expect(names(spec.containers)).toEqual([]);
  expect(names(spec.initContainers)).toEqual(['migrate', 'seed', 'warm', 'proxy', 'web']);

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Container web')).toBeVisible();
  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Sidecar seed')).toBeVisible();
  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Init container seed')).toBeVisible();
  expect((await app.exportYaml()).text).toBe(manifest);
});
