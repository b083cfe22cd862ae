import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadAll } from 'js-yaml';
import { Canvas } from './Canvas';
import { YamlEditor } from './YamlEditor';

/** The app as a person sees it: toolbar, canvas, YAML editor, status. */
export class DesignerApp {
  readonly canvas: Canvas;
  readonly editor: YamlEditor;
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    this.canvas = new Canvas(page);
    this.editor = new YamlEditor(page);
    page.on('console', (message) => {
      if (message.type() === 'error' && !isKnownMonacoSuggestRace(message.text()))
        this.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (!isKnownMonacoSuggestRace(error.message)) this.consoleErrors.push(error.message);
    });
  }

  /** Opens the app with an empty browser storage (a first visit). */
  async openFresh(): Promise<void> {
    await this.page.goto('/');
    await this.page.evaluate(() => window.localStorage.clear());
    await this.page.reload();
    await expect(this.toolbarButton('New')).toBeVisible();
  }

  toolbarButton(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Pod Designer' }).getByRole('button', { name, exact: true });
  }

  get kindSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Workload kind' });
  }

  /** Opens a file as a person does: Open, then the file in the browser's file chooser. */
  async openFile(fileName: string, contents: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.toolbarButton('Open').click();
    await (await chooser).setFiles({ name: fileName, mimeType: 'application/yaml', buffer: Buffer.from(contents) });
  }

  /** Clicks "Export YAML" and returns the downloaded file's name and text. */
  async exportYaml(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.toolbarButton('Export YAML').click();
    const file = await download;
    const filePath = await file.path();
    return { fileName: file.suggestedFilename(), text: await readFile(filePath, 'utf8') };
  }

  /** Exports and parses the designed workload (the first document that has a pod spec). */
  async exportedWorkload(): Promise<Record<string, any>> {
    const { text } = await this.exportYaml();
    const documents = loadAll(text) as Record<string, any>[];
    const workload = documents.find((document) => document && (document.kind === 'Pod' || document.spec?.template));
    if (!workload) throw new Error(`no workload in the exported YAML:\n${text}`);
    return workload;
  }

  /** The pod spec of the exported workload. */
  async exportedPodSpec(): Promise<Record<string, any>> {
    const workload = await this.exportedWorkload();
    return workload.kind === 'Pod' ? workload.spec : workload.spec.template.spec;
  }

  paletteItem(name: string): Locator {
    return this.page.getByRole('complementary', { name: 'Palette' }).getByRole('button', { name, exact: true });
  }
}

/**
 * Monaco 0.54's suggest model reads `_completionModel` after forcing tokenization, which can cancel
 * the suggestion list under fast typing (suggestModel.js, "started a new word while IntelliSense
 * shows"); the editor recovers and the text is unaffected. It is Monaco's bug, not ours, so it is
 * the one console error these tests tolerate.
 */
function isKnownMonacoSuggestRace(message: string): boolean {
  return message.includes("reading 'getItemsByProvider'");
}
