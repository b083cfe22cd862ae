import { expect, type Locator, type Page } from '@playwright/test';

/** The problems panel above the status strip, and the strip's problem counts that open it. */
export class ProblemsPanel {
  readonly root: Locator;
  readonly statusStrip: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Problems' });
    this.statusStrip = page.getByRole('contentinfo', { name: 'Status' });
  }

  /** The status strip's counts: "1 error · 3 warnings · 5 notes". */
  get counts(): Locator {
    return this.statusStrip.getByRole('button', { name: /errors?.*warnings?.*notes?/ });
  }

  async open(): Promise<void> {
    if ((await this.counts.getAttribute('aria-expanded')) !== 'true') await this.counts.click();
    await expect(this.root).toBeVisible();
  }

  /** Every finding's row (the list under the header). */
  get rows(): Locator {
    return this.root.locator('.problems-panel__body').getByRole('listitem');
  }

  /** A finding's row, by (part of) its message. */
  row(message: string | RegExp): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: message }) });
  }

  /** Selects the row's node and reveals its field (the row's message button). */
  async show(message: string | RegExp): Promise<void> {
    await this.row(message).getByRole('button', { name: message }).click();
  }

  fixButton(message: string | RegExp): Locator {
    return this.row(message).getByRole('button', { name: /^Fix: / });
  }

  preview(message: string | RegExp): Locator {
    return this.row(message).getByRole('group', { name: /^Preview: / });
  }

  async applyFix(message: string | RegExp): Promise<void> {
    await this.preview(message)
      .getByRole('button', { name: /^Apply: / })
      .click();
  }

  severityToggle(name: RegExp): Locator {
    return this.root.getByRole('group', { name: 'Show severities' }).getByRole('button', { name });
  }

  get filter(): Locator {
    return this.root.getByRole('searchbox', { name: 'Filter problems' });
  }

  /** "Baseline: passes · Restricted: fails (3 controls)" */
  get podSecuritySummary(): Locator {
    return this.root.getByTestId('pss-summary');
  }

  async showFailingControls(): Promise<Locator> {
    await this.root.getByText('Pod Security Standards', { exact: true }).click();
    return this.root.getByRole('list', { name: 'Failing controls' });
  }
}
