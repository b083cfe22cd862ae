import { expect, test } from './designerTest';
import { problemCounts } from './pages/TemplatesAndExercises';

test.use({ serviceWorkers: 'allow' });

test('after one visit the app loads and works with the network gone', async ({
  app,
  gallery,
  lifecycle,
  installed,
  page,
  context,
  serveBuild,
}) => {
  // A first visit downloads 6.6 MB into the cache before the journey starts: more than the usual minute on a busy machine.
  test.setTimeout(180_000);
  const site = await serveBuild();
  await page.goto(site.url);
  await expect(app.toolbarButton('New')).toBeVisible();
  await expect(installed.offlineReady).toContainText('Ready to work offline', { timeout: 60_000 });
  await installed.waitUntilOfflineReady();

  // The workshop room's network fails: no server, no network.
  await site.close();
  await context.setOffline(true);
  const failedRequests: string[] = [];
  page.on('requestfailed', (request) => failedRequests.push(request.url()));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();

  // A template, then an edit in Monaco: the validator's findings follow the text.
  await gallery.openTemplate('Logging sidecar tailing a shared log volume');
  await expect(problemCounts(page)).toHaveAccessibleName(/^0 errors · /);
  await app.editor.ready();
  // The YAML worker and the schema answer: hover documentation of a key.
  await app.editor.pane
    .locator('.view-line span', { hasText: /^apiVersion$/ })
    .first()
    .hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'APIVersion defines' })).toBeVisible();

  // Each edit revalidates: a container without an image is an error.
  // (The first lines: the editor shares its column with the inspector.)
  await app.editor.typeLinesAfter('initContainers:', ['      - name: offline-check']);
  await expect(problemCounts(page)).toHaveAccessibleName(/^[1-9]\d* errors? · /);
  await expect(app.canvas.node('Init container offline-check')).toBeVisible();

  // Monaco's workers and every lazy chunk came from the cache: the lifecycle panel is one of them.
  await lifecycle.open();
  await expect(lifecycle.root).toBeVisible();
  expect(workers.some((url) => /editor\.worker-.*\.js$/.test(url))).toBe(true);
  expect(workers.some((url) => /yaml\.worker-.*\.js$/.test(url))).toBe(true);
  expect(failedRequests).toEqual([]);
});
