import { expect, test } from './designerTest';
import { DesignerApp } from './pages/DesignerApp';
import { problemCounts } from './pages/TemplatesAndExercises';

test.use({ serviceWorkers: 'allow', permissions: ['clipboard-read', 'clipboard-write'] });

test('the build runs from a sub-path of a static host, as a project site does', async ({
  app,
  gallery,
  installed,
  share,
  page,
  browser,
  serveBuild,
}) => {
  // A first visit also downloads 6.6 MB into the service worker's cache.
  test.setTimeout(180_000);
  const site = await serveBuild('/pod-designer/');
  const withoutFinalSlash = site.url.replace(/\/$/, '');
  const outsideTheSubPath: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.url) && url !== withoutFinalSlash && !url.startsWith('data:')) outsideTheSubPath.push(url);
  });

  // The address without its final slash works too: the host redirects, as GitHub Pages and nginx do.
  await page.goto(withoutFinalSlash);
  await expect(page).toHaveURL(site.url);
  await expect(app.toolbarButton('New')).toBeVisible();
  // The toolbar's logo (a file of the public folder) loads from the sub-path too.
  const logo = page.getByRole('banner').locator('img');
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await gallery.openTemplate('Logging sidecar tailing a shared log volume');
  await expect(problemCounts(page)).toHaveAccessibleName(/^0 errors · /);
  await app.editor.ready();
  await expect(app.editor.pane).toContainText('name: counter');
  await expect(app.canvas.node('Sidecar log-tailer')).toBeVisible();

  // The web manifest, its icons and the service worker all live under the sub-path.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) throw new Error('index.html links no web manifest');
    const response = await fetch(link.href);
    const body = await response.json();
    const icons = await Promise.all(
      body.icons.map(async (icon: { src: string }) => {
        const url = new URL(icon.src, link.href).href;
        return { url, status: (await fetch(url)).status };
      }),
    );
    return { url: link.href, status: response.status, startUrl: new URL(body.start_url, link.href).href, icons };
  });
  expect(manifest.url).toBe(`${site.url}manifest.webmanifest`);
  expect(manifest.status).toBe(200);
  expect(manifest.startUrl).toBe(site.url);
  for (const icon of manifest.icons) {
    expect(icon.url.startsWith(site.url)).toBe(true);
    expect(icon.status, icon.url).toBe(200);
  }
  await installed.waitUntilOfflineReady();
  expect(await installed.serviceWorkerScope()).toBe(site.url);

  // A share link keeps the sub-path, and opens the design there.
  const link = await share.copy();
  expect(link.startsWith(`${site.url}#design=`)).toBe(true);
  const other = await browser.newContext({ serviceWorkers: 'block' });
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(new DesignerApp(otherPage).canvas.node('Sidecar log-tailer')).toBeVisible();
  await other.close();

  expect(outsideTheSubPath).toEqual([]);
});
