import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a progressive web app: its service worker, web manifest and offline/update notices. */
export class InstalledApp {
  readonly offlineReady: Locator;
  readonly updateOffer: Locator;

  constructor(readonly page: Page) {
    this.offlineReady = page.getByRole('status', { name: 'Offline' });
    this.updateOffer = page.getByRole('status', { name: 'New version' });
  }

  get reloadToUpdate(): Locator {
    return this.updateOffer.getByRole('button', { name: 'Reload', exact: true });
  }

  /**
   * Waits until the first visit's precache is complete (the worker activates only after it) and the
   * service worker controls the page. (The "ready to work offline" notice goes after a few seconds,
   * so it is no signal to wait for.)
   */
  async waitUntilOfflineReady(): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 60_000 })
      .toBe('activated');
  }

  /** The service worker's scope, as the browser registered it. */
  serviceWorkerScope(): Promise<string | undefined> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  }

  /** Asks the server for a new version now, as the browser does on a load and the app does every hour. */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  }
}
