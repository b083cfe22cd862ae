import { expect, test } from './designerTest';

test('an empty lane opens as a drop target while a matching palette item is dragged, and takes the drop', async ({
  app,
  page,
}) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();
  const sidecars = app.canvas.lane('Sidecars');
  await expect(sidecars).toHaveClass(/is-empty/);
  await expect(sidecars).not.toHaveClass(/is-open/);
  const slim = (await sidecars.boundingBox())!.height;

  await app.canvas.holdPaletteItemOver(app.paletteItem('Sidecar'), sidecars);
  await expect(sidecars).toHaveClass(/is-open/);
  await expect(sidecars).toContainText('Drop a sidecar here');
  await expect.poll(async () => (await sidecars.boundingBox())!.height).toBeGreaterThan(slim * 2);
  // Only the lane the item belongs in opens.
  await expect(app.canvas.lane('Init containers')).not.toHaveClass(/is-open/);

  const target = (await sidecars.boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2 + 4, { steps: 2 });
  await page.mouse.up();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();
  await expect(sidecars).not.toHaveClass(/is-empty|is-open/);
  expect((await app.exportedPodSpec()).initContainers).toEqual([
    expect.objectContaining({ name: 'sidecar', restartPolicy: 'Always' }),
  ]);
});
