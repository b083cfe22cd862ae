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
    await this.press('ControlOrMeta+A');
    await this.paste(text);
  }

  /**
   * Puts the cursor at the end of the first line containing `text`, with the keyboard: from the
   * start of the text, down to that line, then End. (A click lands wherever the pointer happens
   * to be in Monaco's layout, which is not reliable on a busy machine.)
   */
  async placeCursorAfter(text: string): Promise<void> {
    await this.ready();
    await this.input.focus();
    // Lines are counted from the top of the text, so read them once the editor shows the top (it
    // may have scrolled to reveal a selection).
    await this.press('ControlOrMeta+Home');
    const line = (await this.visibleText()).split('\n').findIndex((content) => content.includes(text));
    expect(line, `a line containing "${text}"`).toBeGreaterThanOrEqual(0);
    for (let index = 0; index < line; index += 1) await this.press('ArrowDown');
    await this.press('End');
  }

  /**
   * Presses a key and lets the editor catch up, as it does between a person's keystrokes: Monaco
   * reads typing from a hidden textarea that it re-syncs after each cursor move, so input sent
   * faster than a frame can land at a stale position on a busy machine.
   */
  private async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.nextFrames();
  }

  private async nextFrames(): Promise<void> {
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
  }

  /**
   * Adds lines after the line containing `anchor`, exactly as given, as a person pasting them at
   * the end of that line would. (Typing them key by key fights the editor's auto-indentation, and
   * fixing that indentation with Shift+Home on a busy machine races Monaco's textarea input.)
   */
  async typeLinesAfter(anchor: string, lines: readonly string[]): Promise<void> {
    await this.placeCursorAfter(anchor);
    await this.press('Escape');
    await this.paste(lines.map((line) => `\n${line}`).join(''));
  }

  /** Pastes text at the cursor, as Ctrl+V with that text on the clipboard does. */
  async paste(text: string): Promise<void> {
    await this.input.evaluate((textarea, pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, text);
    await this.nextFrames();
  }

  /** The visible text of the editor (short documents render every line). */
  async visibleText(): Promise<string> {
    const lines = await this.pane.locator('.view-lines .view-line').evaluateAll((elements) =>
      elements
        .map((element) => ({
          top: parseFloat((element as HTMLElement).style.top),
          text: (element.textContent ?? '').replace(/\u00a0/g, ' '),
        }))
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

  /**
   * Asks for completion at the cursor (Ctrl+Space) and returns the suggestions it lists, each named
   * "<label>, <kind>" ("stopSignal, Property"). Monaco's suggest list is a listbox whose rows are
   * listitems (not options).
   */
  async suggest(): Promise<Locator> {
    await this.press('Control+Space');
    const list = this.page.getByRole('listbox', { name: 'Suggest' });
    await expect(list).toBeVisible();
    return list.getByRole('listitem');
  }

  /** Editor squiggles of the given severity. */
  markers(severity: 'error' | 'warning' | 'info'): Locator {
    return this.pane.locator(`.squiggly-${severity}`);
  }
}
