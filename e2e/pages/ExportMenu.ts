import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The toolbar's "Export" menu: the diagram as SVG or PNG, the manifest as JSON or as another kind. */
export class ExportMenu {
  readonly button: Locator;
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.button = page
      .getByRole('toolbar', { name: 'Pod Designer' })
      .getByRole('button', { name: 'Export', exact: true });
    this.menu = page.getByRole('menu', { name: 'Export' });
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  /** Chooses a menu item and returns the downloaded file's name and bytes. */
  async download(itemName: string): Promise<{ fileName: string; bytes: Buffer; text: string }> {
    await this.button.click();
    await expect(this.menu).toBeVisible();
    const download = this.page.waitForEvent('download');
    await this.item(itemName).click();
    const file = await download;
    const bytes = await readFile(await file.path());
    return { fileName: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}
