import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run the built app (`vite preview`) in the system's Chromium: Playwright's own
 * browser download is not reachable here, so the config points at /usr/bin/chromium
 * (or $CHROMIUM_PATH). $E2E_PORT changes the preview port (default 4173).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // A focused test left in a commit would skip the rest of the suite on CI.
  forbidOnly: Boolean(process.env.CI),
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // Journeys start from a first visit without the service worker (no 6 MB precache download each, no
    // "ready to work offline" notice); the journeys about offline use, updates, hosting and installing turn it on.
    serviceWorkers: 'block',
    viewport: { width: 1600, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-sandbox',
        '--disable-gpu',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1600, height: 900 } } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
