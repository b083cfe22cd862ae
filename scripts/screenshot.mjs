// Takes the README's screenshot (public/screenshot.png) of the built app.
// Usage: npm run build && node scripts/screenshot.mjs   (SCREENSHOT_PORT=… to serve on another port)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.SCREENSHOT_PORT ?? 4180);
const root = fileURLToPath(new URL('..', import.meta.url));
const output = fileURLToPath(new URL('../public/screenshot.png', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const server = spawn(
  process.execPath,
  [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);

async function waitForServer() {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on port ${port}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page
    .getByRole('toolbar', { name: 'Pod Designer' })
    .getByRole('button', { name: 'Templates', exact: true })
    .click();
  const gallery = page.getByRole('dialog', { name: 'Start from a pattern' });
  await gallery
    .getByRole('tabpanel')
    .getByRole('button', { name: 'Backend with an nginx sidecar for its static files', exact: true })
    .click();
  await gallery.waitFor({ state: 'hidden' });
  // The explanation folds to one line: the canvas keeps the room.
  await page.getByRole('button', { name: 'Explanation' }).click();
  const node = page.locator('.react-flow__node[aria-label="Container nginx"]');
  await node.click();
  await page
    .getByRole('contentinfo', { name: 'Status' })
    .getByRole('button', { name: /errors?.*warnings?.*notes?/ })
    .click();
  // Let Monaco load and the editor scroll to the selection.
  await page.locator('.monaco-editor .view-lines').waitFor();
  // The one-time "ready to work offline" notice is not part of the picture.
  const offline = page.getByRole('status', { name: 'Offline' });
  await offline.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await offline.isVisible()) await offline.getByRole('button', { name: 'Dismiss' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: output });
  await browser.close();
  console.log(`wrote ${output}`);
} finally {
  server.kill();
}
