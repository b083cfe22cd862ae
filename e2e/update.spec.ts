import { expect, test } from './designerTest';
import { DesignerApp } from './pages/DesignerApp';
import { nextDeployment } from './support/nextDeployment';

test.use({ serviceWorkers: 'allow' });

test('a new deployment is offered, and taken only when the person accepts, in every tab', async ({
  app,
  gallery,
  installed,
  page,
  context,
  serveBuild,
}) => {
  // A first visit downloads 6.6 MB into the cache, then the new version downloads again.
  test.setTimeout(180_000);
  const site = await serveBuild();
  await page.goto(site.url);
  await installed.waitUntilOfflineReady();
  await gallery.openTemplate('Logging sidecar tailing a shared log volume');
  await expect(app.canvas.node('Sidecar log-tailer')).toBeVisible();
  const otherTab = await context.newPage();
  await otherTab.goto(site.url);
  await expect(new DesignerApp(otherTab).toolbarButton('New')).toBeVisible();

  const next = test.info().outputPath('next-deployment');
  await nextDeployment('dist', next);
  site.deploy(next);
  await installed.checkForUpdate();
  await expect(installed.updateOffer).toContainText('A new version of Pod Designer is ready.');

  // Until the person accepts, the running version stays whole, even across a reload.
  await page.reload();
  await expect(app.toolbarButton('New')).toBeVisible();
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  await expect(installed.updateOffer).toBeVisible();

  await installed.reloadToUpdate.click();
  await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', 'next');
  // The page boots again from scratch, here on a machine that other test runs keep busy.
  await expect(app.toolbarButton('New')).toBeVisible({ timeout: 30_000 });
  await expect(installed.updateOffer).toBeHidden();
  // The design survives the switch.
  await expect(app.canvas.node('Sidecar log-tailer')).toBeVisible();
  // The other tab switches too: no page keeps running old code on the new version's cache.
  await expect(otherTab.locator('meta[name="deployment"]')).toHaveAttribute('content', 'next');
});
