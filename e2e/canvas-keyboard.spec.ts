import { expect, test } from './designerTest';

test('with the keyboard only: add a container, select it, give it a volume and a probe', async ({ app, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  // Tab to the palette's Container button and press Enter.
  const containerItem = app.paletteItem('Container');
  for (
    let presses = 0;
    presses < 40 && !(await containerItem.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(containerItem).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Container container')).toBeVisible();
  // The new container is selected: Enter on a volume mounts it there, Enter on a probe attaches it.
  await expect(app.canvas.node('Container container')).toHaveClass(/selected/);

  await app.paletteItem('emptyDir').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.edge('cache mounted in container at /mnt/cache')).toBeAttached();

  // Select a container on the canvas with the keyboard: focus the node, press Enter.
  await app.canvas.node('Container app').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Container app')).toHaveClass(/selected/);
  await app.paletteItem('Readiness probe').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Container app')).toContainText('Readiness HTTP /ready:80');

  const spec = await app.exportedPodSpec();
  expect(spec.containers.map((container: { name: string }) => container.name)).toEqual(['app', 'container']);
  expect(spec.containers[1].volumeMounts).toEqual([{ name: 'cache', mountPath: '/mnt/cache' }]);
  expect(spec.containers[0].readinessProbe).toEqual({ httpGet: { path: '/ready', port: 80 }, periodSeconds: 10 });

  // Delete the selected container with the Delete key, and undo it.
  await app.canvas.node('Container container').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(app.canvas.node('Container container')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(app.canvas.node('Container container')).toBeVisible();
});
