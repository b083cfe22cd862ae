import { expect, type Locator, type Page } from '@playwright/test';

/** "Copy share link" and the dialogs around share links. */
export class ShareLink {
  readonly copyButton: Locator;
  readonly replaceDialog: Locator;

  constructor(readonly page: Page) {
    this.copyButton = page
      .getByRole('toolbar', { name: 'Pod Designer' })
      .getByRole('button', { name: 'Copy share link', exact: true });
    this.replaceDialog = page.getByRole('dialog', { name: 'Replace your current design?' });
  }

  /** Copies the share link and reads it back from the clipboard (the context must allow clipboard access). */
  async copy(): Promise<string> {
    await this.copyButton.click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
    const link = await this.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#design=[A-Za-z0-9_-]+$/);
    return link;
  }
}
