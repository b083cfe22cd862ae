import { expect, test } from './designerTest';
import { InstalledApp } from './pages/InstalledApp';

test('Chromium offers to install the app: web manifest, icons and service worker pass its checks', async ({
  playwright,
  launchOptions,
  serveBuild,
}) => {
  test.setTimeout(180_000);
  // Browsers never offer installing in a private window, and a test's context is one: use a real profile.
  // ('' makes Playwright create the profile in a temporary folder and remove it after.)
  const context = await playwright.chromium.launchPersistentContext('', {
    ...launchOptions,
    serviceWorkers: 'allow',
  });
  const site = await serveBuild('/pod-designer/');
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
  }
});
