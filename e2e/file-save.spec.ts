import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './designerTest';

const manifest = readFileSync(new URL('./fixtures/three-deployments.yaml', import.meta.url), 'utf8');
const FIRST_LINE = '# Three tiers of a shop, one Deployment each.';
const edited = manifest.replace(FIRST_LINE, `${FIRST_LINE}\n# reviewed`);

/** What the recording pickers saw: the names suggested and every file written, as bytes. */
interface Disk {
  readonly suggested: string[];
  readonly writes: { readonly name: string; readonly text: string }[];
}

/**
 * Installs File System Access pickers that Playwright can drive (it cannot answer the real ones):
 * the open picker gives `fileName` with `text`; the save picker gives a new file named `saveAs`.
 * A handle's createWritable records the bytes written. `window.changeOnDisk(name)` stands for
 * another program editing the file.
 */
async function installRecordingPickers(page: Page, fileName: string, text: string, saveAs: string) {
  await page.addInitScript(
    ({ fileName, text, saveAs }) => {
      type Entry = { text: string; lastModified: number };
      const files = new Map<string, Entry>([[fileName, { text, lastModified: 1_700_000_000_000 }]]);
      const disk = { suggested: [] as string[], writes: [] as { name: string; text: string }[] };
      const handleOf = (name: string) => ({
        kind: 'file',
        name,
        getFile: async () => {
          const entry = files.get(name) ?? { text: '', lastModified: Date.now() };
          return new File([entry.text], name, { type: 'application/yaml', lastModified: entry.lastModified });
        },
        queryPermission: async () => 'granted',
        createWritable: async () => {
          const chunks: string[] = [];
          return {
            write: async (chunk: string) => void chunks.push(chunk),
            close: async () => {
              const written = chunks.join('');
              files.set(name, { text: written, lastModified: (files.get(name)?.lastModified ?? 0) + 1000 });
              disk.writes.push({ name, text: written });
            },
          };
        },
      });
      Object.assign(window, {
        recordedDisk: disk,
        changeOnDisk: (name: string) => {
          const entry = files.get(name);
          if (entry) entry.lastModified += 5000;
        },
        showOpenFilePicker: async () => [handleOf(fileName)],
        showSaveFilePicker: async (options: { suggestedName?: string }) => {
          disk.suggested.push(options.suggestedName ?? '');
          return handleOf(saveAs);
        },
      });
    },
    { fileName, text, saveAs },
  );
}

const recordedDisk = (page: Page) => page.evaluate(() => (window as unknown as { recordedDisk: Disk }).recordedDisk);

test('Save writes the exact bytes back to the opened file; Save As writes a new one; a file changed on disk is not overwritten unasked', async ({
  app,
  page,
  commandPalette,
}) => {
  await installRecordingPickers(page, 'three-deployments.yaml', manifest, 'shop-copy.yaml');
  await app.openFresh();
  const status = page.getByRole('contentinfo', { name: 'Status' });

  await app.toolbarButton('Open').click();
  await expect(page.getByRole('main', { name: 'Application map' })).toBeVisible();
  await expect(status).toContainText('three-deployments.yaml · saved');
  await expect(page).toHaveTitle('three-deployments.yaml — Pod Designer');

  // An edit typed in the editor, then Ctrl+S with focus still there.
  await app.editor.typeLinesAfter(FIRST_LINE, ['# reviewed']);
  await expect(status).toContainText('three-deployments.yaml · unsaved changes');
  await expect(page).toHaveTitle('• three-deployments.yaml — Pod Designer');
  // Seen first (capture on the window), read after every handler ran: was the browser's default
  // prevented? The listener is in place before the key is pressed (an evaluate not awaited could lose the race).
  await page.evaluate(() => {
    const saved = new Promise<boolean>((resolve) =>
      window.addEventListener(
        'keydown',
        (event) => {
          if (event.key.toLowerCase() === 's') setTimeout(() => resolve(event.defaultPrevented));
        },
        { capture: true },
      ),
    );
    Object.assign(window, { browserSave: saved });
  });
  await page.keyboard.press('ControlOrMeta+S');
  const browserSave = page.evaluate(() => (window as unknown as { browserSave: Promise<boolean> }).browserSave);
  expect(await browserSave, 'Ctrl+S in the editor is the app’s, not the browser’s "save page"').toBe(true);
  await expect(status).toContainText('three-deployments.yaml · saved');
  await expect(page).toHaveTitle('three-deployments.yaml — Pod Designer');
  expect((await recordedDisk(page)).writes).toEqual([{ name: 'three-deployments.yaml', text: edited }]);

  // Export keeps the opened file's name (not the first workload's).
  expect((await app.exportYaml()).fileName).toBe('three-deployments.yaml');

  // Changed by someone else meanwhile: Save asks, and "Cancel" leaves the file alone.
  await app.editor.typeLinesAfter('# reviewed', ['# twice']);
  await page.evaluate(() =>
    (window as unknown as { changeOnDisk(name: string): void }).changeOnDisk('three-deployments.yaml'),
  );
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await app.toolbarButton('Save').click();
  await expect.poll(() => questions).toEqual([expect.stringContaining('three-deployments.yaml was changed on disk')]);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  expect((await recordedDisk(page)).writes).toHaveLength(1);
  await expect(status).toContainText('unsaved changes');

  // Save As from the command palette: suggests the opened file's name, writes the new file, which the design now belongs to.
  await commandPalette.open();
  await commandPalette.input.fill('save as');
  await page.keyboard.press('Enter');
  await expect(status).toContainText('shop-copy.yaml · saved');
  const disk = await recordedDisk(page);
  expect(disk.suggested).toEqual(['three-deployments.yaml']);
  expect(disk.writes.at(-1)).toEqual({
    name: 'shop-copy.yaml',
    text: edited.replace('# reviewed', '# reviewed\n# twice'),
  });
});

test('without File System Access, Save says why it cannot write back and Save As downloads the file under its own name', async ({
  app,
  page,
  exportMenu,
}) => {
  // The journeys' page has no File System Access pickers (designerTest.ts), as in Firefox and Safari.
  await app.openFresh();
  expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
  await app.openFile('three-deployments.yaml', manifest);
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status).toContainText('three-deployments.yaml · saved');

  await app.toolbarButton('Save').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(
    'Not saved: this browser cannot write to files on disk',
  );

  const saved = await exportMenu.download('Save As…');
  expect(saved.fileName).toBe('three-deployments.yaml');
  expect(saved.text).toBe(manifest);

  const download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+Shift+S');
  const file = await download;
  expect(file.suggestedFilename()).toBe('three-deployments.yaml');
  expect(await readFile(await file.path(), 'utf8')).toBe(manifest);
});

test('a file dropped on the window is the opened file: Export and Save As keep its name', async ({ app, page }) => {
  await app.openFresh();
  await page.evaluate(
    ({ name, text }) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([text], name, { type: 'application/yaml' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    },
    { name: 'shop.yaml', text: manifest },
  );
  const status = page.getByRole('contentinfo', { name: 'Status' });
  await expect(status).toContainText('shop.yaml · saved');
  expect(await app.exportYaml()).toEqual({ fileName: 'shop.yaml', text: manifest });
});
