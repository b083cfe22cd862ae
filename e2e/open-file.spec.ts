import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('opening a manifest shows the pod, its containers and volumes; export gives the file back', async ({
  app,
  page,
}) => {
  await app.openFresh();
  await expect(page).toHaveTitle('Pod Designer');
  // The favicon is found next to the page (its address is relative, so any sub-path works).
  const favicon = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
  expect(favicon).toBe(new URL('favicon.svg', page.url()).href);
  expect((await page.request.get(favicon)).headers()['content-type']).toContain('image/svg+xml');
  await expect(app.page.getByRole('note')).toContainText('drag a Container from the palette');

  await app.openFile('web-and-sidecar.yaml', manifest);

  await expect(app.canvas.podTitle).toHaveText('web');
  await expect(app.canvas.node('Init container setup')).toBeVisible();
  await expect(app.canvas.node('Container web')).toBeVisible();
  await expect(app.canvas.node('Container logs')).toBeVisible();
  await expect(app.canvas.root.locator('.react-flow__node[aria-label="Volume work"]')).toBeVisible();
  // The read-only mount is a row of its container, where its line from the volume ends.
  const mount = app.canvas.node('Container web').getByRole('listitem').filter({ hasText: '/usr/share/nginx/html' });
  await expect(mount).toBeVisible();
  await expect(mount.getByTitle('read-only')).toHaveText('ro');

  const exported = await app.exportYaml();
  expect(exported.fileName).toBe('web-and-sidecar.yaml');
  expect(exported.text).toBe(manifest);
});
