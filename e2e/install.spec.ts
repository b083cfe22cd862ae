import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './designerTest';
import { InstalledApp } from './pages/InstalledApp';
import { serveStaticSite } from './support/staticSite';

test('Chromium offers to install the app: web manifest, icons and service worker pass its checks', async ({
  playwright,
  launchOptions,
}) => {
  test.setTimeout(180_000);
  // Browsers never offer installing in a private window, and a test's context is one: use a real profile.
  const profile = await mkdtemp(path.join(tmpdir(), 'pod-designer-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    serviceWorkers: 'allow',
  });
  const site = await serveStaticSite('dist', '/pod-designer/');
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await new InstalledApp(page).waitUntilOfflineReady();
    const devtools = await context.newCDPSession(page);
    const manifest = await devtools.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${site.url}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    expect((await devtools.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await site.close();
    await rm(profile, { recursive: true, force: true });
  }
});
