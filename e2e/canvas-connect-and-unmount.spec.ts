import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');

test('connecting a volume to a container mounts it; deleting the edge unmounts it; undo reverses both', async ({
  app,
}) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  await app.canvas.connectVolume('cache', 'Container web');
  await expect(app.canvas.edge('cache mounted in web at /mnt/cache')).toBeAttached();
  let web = (await app.exportedPodSpec()).containers[0];
  expect(web.volumeMounts).toEqual([
    { name: 'tls', mountPath: '/etc/tls', readOnly: true },
    { name: 'cache', mountPath: '/mnt/cache' },
  ]);

  await app.canvas.deleteEdge('tls mounted in web at /etc/tls');
  await expect(app.canvas.edge('tls mounted in web at /etc/tls')).toHaveCount(0);
  web = (await app.exportedPodSpec()).containers[0];
  expect(web.volumeMounts).toEqual([{ name: 'cache', mountPath: '/mnt/cache' }]);

  await app.toolbarButton('Undo').click();
  await expect(app.canvas.edge('tls mounted in web at /etc/tls')).toBeAttached();
  await app.toolbarButton('Undo').click();
  await expect(app.canvas.edge('cache mounted in web at /mnt/cache')).toHaveCount(0);
  expect((await app.exportYaml()).text).toBe(manifest);
});

test('objects outside the pod are shown beside it, marked in this file or external', async ({ app }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', manifest);
  await expect(app.canvas.podTitle).toHaveText('shop');
  await expect(app.canvas.root.locator('.pod-node__summary')).toHaveText('3 replicas');
  await expect(app.canvas.node('ConfigMap settings, in this file')).toContainText('in this file');
  await expect(app.canvas.node('Secret shop-tls, external')).toContainText('external');
  await expect(app.canvas.node('ServiceAccount shop-api, external')).toBeVisible();
  // The unpinned images say so in words.
  await expect(app.canvas.node('Container web')).toContainText('latest');
  await expect(app.canvas.node('Init container warm')).toContainText('untagged');
  await expect(app.canvas.node('Container web')).toContainText('cpu 100m/500m · mem 128Mi/256Mi');
  await expect(app.canvas.node('Container web')).toContainText('Liveness HTTP /healthz:8080');
  await expect(app.canvas.node('Container web')).toContainText('Readiness TCP 8080');
});
