import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl/⌘+K): a search field over the list of every command. */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox', { name: 'Command' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  /** The option the arrow keys are on (Enter runs it). */
  get activeOption(): Locator {
    return this.dialog.locator('[role="option"][aria-selected="true"]');
  }

  option(label: string | RegExp): Locator {
    return this.options.filter({ hasText: label });
  }

  /** Every command listed, with the shortcuts it shows (as the platform writes them: "Ctrl+Shift+Z"). */
  async listedShortcuts(): Promise<{ label: string; shortcuts: string[] }[]> {
    return this.options.evaluateAll((options) =>
      options.map((option) => ({
        label: option.querySelector('.command-palette__label')?.firstChild?.textContent?.trim() ?? '',
        shortcuts: [...option.querySelectorAll('kbd')].map((key) => key.textContent ?? ''),
      })),
    );
  }
}
