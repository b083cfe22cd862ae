import { expect, type Locator, type Page } from '@playwright/test';
import type { YamlEditor } from './YamlEditor';

/** The "Start from a pattern" dialog: a Templates tab and an Exercises tab. */
export class PatternGallery {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Start from a pattern' });
  }

  tab(name: 'Templates' | 'Exercises'): Locator {
    return this.dialog.getByRole('tab', { name, exact: true });
  }

  entry(title: string): Locator {
    return this.dialog.getByRole('tabpanel').getByRole('button', { name: title, exact: true });
  }

  get preview(): Locator {
    return this.dialog.getByRole('region');
  }

  async openTemplate(title: string): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: 'Pod Designer' })
      .getByRole('button', { name: 'Templates', exact: true })
      .click();
    await expect(this.tab('Templates')).toHaveAttribute('aria-selected', 'true');
    await this.entry(title).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The guide beside the canvas: a template's explanation, or an exercise's goal and progress. */
export class GuidePanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Pod canvas' }).getByRole('complementary');
  }

  get title(): Locator {
    return this.root.getByRole('heading');
  }

  get goalStatus(): Locator {
    return this.root.getByRole('status');
  }

  /** "Hint", then "More specific hint (2 of 3)" … */
  get hintButton(): Locator {
    return this.root.getByRole('button', { name: /^(Hint|More specific hint)/ });
  }

  get hints(): Locator {
    return this.root.getByRole('list', { name: 'Hints' });
  }

  /** The goal's checklist: one item per step, "(done)" or "(not yet)" in its name. */
  get steps(): Locator {
    return this.root.getByRole('list', { name: 'Goal steps' }).getByRole('listitem');
  }

  step(label: string): Locator {
    return this.steps.filter({ hasText: label });
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  get closeButton(): Locator {
    return this.root.getByRole('button', { name: 'Close guide' });
  }
}

/** The status strip's problem counts, a button named like "0 errors · 1 warning · 5 notes". */
export function problemCounts(page: Page): Locator {
  return page.getByRole('contentinfo', { name: 'Status' }).getByRole('button', { name: /errors?.*warnings?.*notes?/ });
}

/** The dialog that asks before an exercise link replaces the user's design. */
export function replaceDesignDialog(page: Page): Locator {
  return page.getByRole('alertdialog');
}

/**
 * Edits the YAML editor with its Find / Replace widget (Ctrl+H), as a person fixing values would.
 * Replacing by match does not depend on where the cursor is, so no late focus or click event can
 * move the edit elsewhere.
 */
export class EditorFindReplace {
  readonly widget: Locator;

  constructor(readonly editor: YamlEditor) {
    this.widget = editor.pane.getByRole('dialog', { name: 'Find / Replace' });
  }

  /** Replaces every match of `find` by `replacement`; with `regex`, `\n` in the replacement is a line break. */
  async replaceAll(find: string, replacement: string, options: { regex?: boolean } = {}): Promise<void> {
    await this.editor.ready();
    await this.editor.input.focus();
    await this.editor.page.keyboard.press('ControlOrMeta+H');
    await expect(this.widget).toBeVisible();
    const regex = this.widget.getByRole('checkbox', { name: /Use Regular Expression/ });
    if ((await regex.getAttribute('aria-checked')) !== String(Boolean(options.regex))) await regex.click();
    await this.widget.getByRole('textbox', { name: 'Find' }).fill(find);
    await this.widget.getByRole('textbox', { name: 'Replace' }).fill(replacement);
    await this.widget.getByRole('button', { name: /^Replace All/ }).click();
    await this.widget.getByRole('button', { name: /^Close/ }).click();
    await expect(this.widget).toBeHidden();
  }
}
