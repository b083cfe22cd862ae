import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';
import type { DesignerApp } from './pages/DesignerApp';

const manifest = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');
const initNames = (spec: Record<string, any>) =>
  spec.initContainers.map((container: { name: string }) => container.name);

/** Focuses a canvas node and presses Enter, which selects it and shows its form. */
async function selectWithKeyboard(app: DesignerApp, node: string): Promise<void> {
  await app.canvas.node(node).focus();
  await app.page.keyboard.press('Enter');
  await expect(app.canvas.node(node)).toHaveClass(/selected/);
}

test('without a mouse: mount a volume in a second container, unmount it, and change the start order', async ({
  app,
  inspector,
  page,
}) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  // Mount the cache volume in web from the container's form.
  await selectWithKeyboard(app, 'Container web');
  await inspector.field('Volume to mount').focus();
  await inspector.choose('Volume to mount', 'cache');
  await page.keyboard.press('Tab');
  await expect(inspector.form('Container web').getByRole('button', { name: 'Mount', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.canvas.edge('cache mounted in web at /mnt/cache')).toBeAttached();
  // The new mount is selected; its form can unmount it again.
  await expect(inspector.form('Mount of cache in web')).toBeVisible();
  let spec = await app.exportedPodSpec();
  expect(spec.containers[0].volumeMounts).toEqual([
    { name: 'tls', mountPath: '/etc/tls', readOnly: true },
    { name: 'cache', mountPath: '/mnt/cache' },
  ]);

  // From the volume's form: share tls with the proxy sidecar too.
  await selectWithKeyboard(app, 'Volume tls');
  await inspector.choose('Mount in container', 'proxy');
  await inspector.form('Volume tls').getByRole('button', { name: 'Mount', exact: true }).press('Enter');
  await expect(app.canvas.edge('tls mounted in proxy at /mnt/tls')).toBeAttached();
  await inspector.form('Mount of tls in proxy').getByRole('button', { name: 'Unmount' }).press('Enter');
  await expect(app.canvas.edge('tls mounted in proxy at /mnt/tls')).toHaveCount(0);

  // Start order: move warm (third) two steps earlier.
  await selectWithKeyboard(app, 'Init container warm');
  await expect(inspector.form('Container warm')).toContainText('Starts 3rd of 4');
  const earlier = inspector.form('Container warm').getByRole('button', { name: 'Start earlier' });
  await earlier.press('Enter');
  await expect(app.canvas.node('Init container warm')).toContainText('2. Init container');
  await earlier.press('Enter');
  await expect(app.canvas.node('Init container warm')).toContainText('1. Init container');
  await expect(earlier).toBeDisabled();
  spec = await app.exportedPodSpec();
  expect(initNames(spec)).toEqual(['warm', 'migrate', 'seed', 'proxy']);
  expect(spec.initContainers[3].volumeMounts).toBeUndefined();

  // Each was one undo step.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.canvas.node('Init container warm')).toContainText('2. Init container');
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.canvas.edge('tls mounted in proxy at /mnt/tls')).toBeAttached();
});
