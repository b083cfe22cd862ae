import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector: the form of what is selected (the pod's when nothing is). */
export class Inspector {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Inspector' });
  }

  /** The form shown, by its accessible name: "Container web", "Volume work", "Deployment shop". */
  form(name: string): Locator {
    return this.root.getByRole('form', { name, exact: true });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Types a new value into a text field and commits it with Enter, like a person would. */
  async setText(label: string, value: string): Promise<void> {
    const input = this.field(label);
    await input.fill(value);
    await input.press('Enter');
  }

  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** The inline message under a field that refused what was typed. */
  get fieldError(): Locator {
    return this.root.getByRole('alert');
  }

  async expectValue(label: string, value: string): Promise<void> {
    await expect(this.field(label)).toHaveValue(value);
  }
}
