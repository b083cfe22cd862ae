import { expect, test } from './designerTest';

test('every palette item dragged onto the canvas lands in the exported YAML', async ({ app }) => {
  // Fourteen drags in one journey: more time than a single action needs.
  test.slow();
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  // Containers, dropped on the empty canvas, get unique names and their lane.
  await app.canvas.dropPaletteItem(app.paletteItem('Container'));
  await expect(app.canvas.node('Container container')).toBeVisible();
  await app.canvas.dropPaletteItem(app.paletteItem('Container'));
  await expect(app.canvas.node('Container container-2')).toBeVisible();
  await app.canvas.dropPaletteItem(app.paletteItem('Init container'));
  await expect(app.canvas.node('Init container init')).toBeVisible();
  await app.canvas.dropPaletteItem(app.paletteItem('Sidecar'));
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();

  // Volumes dropped on the empty canvas join the pod's shelf.
  const volumes = [
    ['emptyDir', 'cache'],
    ['configMap', 'config'],
    ['secret', 'secret'],
    ['hostPath', 'host'],
    ['persistentVolumeClaim', 'data'],
    ['projected', 'projected'],
    ['downwardAPI', 'podinfo'],
    ['ephemeral', 'scratch'],
  ] as const;
  for (const [label, name] of volumes) {
    await app.canvas.dropPaletteItem(app.paletteItem(label));
    await expect(app.canvas.node(`Volume ${name}`)).toBeVisible();
  }

  // Probes dropped on a container attach to it. The pod has grown past the view: fit it first, as
  // a person would (zoomed out this far the card shows its summary; the export says where they went).
  await app.page.getByRole('button', { name: 'Fit view', exact: true }).click();
  for (const probe of ['Liveness probe', 'Readiness probe', 'Startup probe']) {
    await app.canvas.dropPaletteItem(app.paletteItem(probe), app.canvas.node('Container app'));
  }

  const spec = await app.exportedPodSpec();
  expect(spec.containers.map((container: { name: string }) => container.name)).toEqual([
    'app',
    'container',
    'container-2',
  ]);
  expect(spec.initContainers).toEqual([
    expect.objectContaining({ name: 'init', image: 'busybox:1.36' }),
    expect.objectContaining({ name: 'sidecar', restartPolicy: 'Always' }),
  ]);
  expect(spec.volumes.map((volume: Record<string, unknown>) => Object.keys(volume).join(' '))).toEqual(
    volumes.map(([type]) => `name ${type}`),
  );
  expect(spec.volumes.map((volume: { name: string }) => volume.name)).toEqual(volumes.map(([, name]) => name));
  const app0 = spec.containers[0];
  expect(app0.livenessProbe).toEqual({
    httpGet: { path: '/healthz', port: 80 },
    periodSeconds: 10,
    failureThreshold: 3,
  });
  expect(app0.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 80 }, periodSeconds: 10 });
  expect(app0.startupProbe).toMatchObject({ httpGet: { port: 80 }, failureThreshold: 30 });
});

test('a volume dropped on a container is mounted there, and one undo takes it all back', async ({ app }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  const before = (await app.exportYaml()).text;

  await app.canvas.dropPaletteItem(app.paletteItem('emptyDir'), app.canvas.node('Container app'));
  await expect(app.canvas.edge('cache mounted in app at /mnt/cache')).toBeAttached();
  const spec = await app.exportedPodSpec();
  expect(spec.volumes).toEqual([{ name: 'cache', emptyDir: {} }]);
  expect(spec.containers[0].volumeMounts).toEqual([{ name: 'cache', mountPath: '/mnt/cache' }]);

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.node('Volume cache')).toHaveCount(0);
  expect((await app.exportYaml()).text).toBe(before);
});

test('a probe dropped on the empty canvas says where it belongs, or goes to the selected container', async ({
  app,
  page,
}) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await app.canvas.dropPaletteItem(app.paletteItem('Liveness probe'));
  await expect(page.getByRole('status').filter({ hasText: 'belongs to a container' })).toBeVisible();
  expect((await app.exportedPodSpec()).containers[0].livenessProbe).toBeUndefined();

  await app.canvas.node('Container app').locator('.container-node__name').click();
  await expect(app.canvas.node('Container app')).toHaveClass(/selected/);
  await app.canvas.dropPaletteItem(app.paletteItem('Liveness probe'));
  await expect(app.canvas.node('Container app')).toContainText('Liveness HTTP /healthz:80');
});
