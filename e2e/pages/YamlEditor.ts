import { expect, type Locator, type Page } from '@playwright/test';

/** The Monaco YAML editor pane. */
export class YamlEditor {
  readonly pane: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByRole('region', { name: 'YAML' });
    this.input = page.getByRole('textbox', { name: 'YAML editor' });
  }

  async ready(): Promise<void> {
    await expect(this.input).toBeAttached({ timeout: 20_000 });
    await expect(this.pane.locator('.monaco-editor .view-lines')).toBeVisible();
  }

  /** Replaces the whole text, as if pasted (no auto-indentation). */
  async replaceAll(text: string): Promise<void> {
    await this.ready();
    await this.input.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
  }

  /** Puts the cursor at the end of the line containing `text`. */
  async placeCursorAfter(text: string): Promise<void> {
    await this.ready();
    await this.pane.locator('.view-line', { hasText: text }).first().click();
    await this.page.keyboard.press('End');
  }

  /**
   * Types new lines after the line containing `anchor`, each exactly as given (the editor's
   * auto-indentation is replaced by the line's own indentation), like a person would fix it.
   */
  async typeLinesAfter(anchor: string, lines: readonly string[]): Promise<void> {
    await this.placeCursorAfter(anchor);
    for (const line of lines) {
      // Close a completion list first, or Enter would accept its suggestion.
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Enter');
      // Replace whatever indentation the editor offered by exactly the line's own.
      await this.page.keyboard.press('Shift+Home');
      await this.page.keyboard.type(' ');
      await this.page.keyboard.press('Backspace');
      const indentation = line.length - line.trimStart().length;
      if (indentation > 0) await this.page.keyboard.type(' '.repeat(indentation));
      await this.page.keyboard.insertText(line.trimStart());
    }
  }

  /** The visible text of the editor (short documents render every line). */
  async visibleText(): Promise<string> {
    const lines = await this.pane.locator('.view-lines .view-line').evaluateAll((elements) =>
      elements
        .map((element) => ({ top: parseFloat((element as HTMLElement).style.top), text: (element.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return lines.join('\n');
  }

  get status(): Locator {
    return this.pane.getByRole('status');
  }

  get errorMessage(): Locator {
    return this.pane.getByRole('alert');
  }

  /** Editor squiggles of the given severity. */
  markers(severity: 'error' | 'warning' | 'info'): Locator {
    return this.pane.locator(`.squiggly-${severity}`);
  }
}
