import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test.use({ viewport: { width: 1440, height: 900 } });

test('each panel hides and comes back with its button and its shortcut', async ({ app, workspace, problems, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.editor.ready();
  const share = await workspace.canvasWidthShare();

  await workspace.hideButton('Palette').click();
  await workspace.expectShown('Palette', false);
  expect(await workspace.canvasWidthShare()).toBeGreaterThan(share);
  await page.keyboard.press('ControlOrMeta+B');
  await workspace.expectShown('Palette', true);

  await workspace.toggle('Inspector').click();
  await workspace.expectShown('Inspector', false);
  await page.keyboard.press('ControlOrMeta+I');
  await workspace.expectShown('Inspector', true);
  await workspace.hideButton('Inspector').click();
  await workspace.expectShown('Inspector', false);
  await workspace.toggle('Inspector').click();
  await workspace.expectShown('Inspector', true);

  // The editor's shortcut works from inside it too; showing it again puts the cursor back in it.
  await app.editor.input.focus();
  await page.keyboard.press('ControlOrMeta+E');
  await workspace.expectShown('YAML editor', false);
  await workspace.toggle('YAML editor').click();
  await workspace.expectShown('YAML editor', true);
  await page.keyboard.press('ControlOrMeta+E');
  await workspace.expectShown('YAML editor', false);
  await page.keyboard.press('ControlOrMeta+E');
  await workspace.expectShown('YAML editor', true);
  await expect(app.editor.input).toBeFocused();

  // The docks under the canvas: problems (the status strip's counts) and the lifecycle.
  await problems.counts.click();
  await expect(problems.root).toBeVisible();
  await page.keyboard.press('ControlOrMeta+J');
  await expect(problems.root).toBeHidden();
  await expect(problems.counts).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ControlOrMeta+J');
  await expect(problems.root).toBeVisible();
  await page.keyboard.press('Alt+L');
  await expect(page.getByRole('region', { name: 'Lifecycle' })).toBeVisible();
  await expect(problems.root).toBeHidden();
  await page.getByRole('button', { name: 'Close the lifecycle panel' }).click();
  await expect(page.getByRole('region', { name: 'Lifecycle' })).toBeHidden();
});

test('splitters resize the panels with the keyboard and the pointer', async ({ app, workspace, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  const palette = workspace.splitter('Resize the palette');
  const paletteWidth = async () => (await workspace.panel('Palette').boundingBox())?.width ?? 0;
  const before = Number(await palette.getAttribute('aria-valuenow'));
  const widthBefore = await paletteWidth();
  await palette.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(palette).toHaveAttribute('aria-valuenow', String(before + 32));
  expect(await paletteWidth()).toBeCloseTo(widthBefore + 32, 0);
  await page.keyboard.press('Home');
  await expect(palette).toHaveAttribute('aria-valuenow', (await palette.getAttribute('aria-valuemin')) ?? '');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(palette).toHaveAttribute('aria-valuetext', /^\d+ pixels$/);

  // The column of the inspector and the editor, dragged to the left by 100 pixels, grows by 100.
  const side = workspace.splitter('Resize the inspector and editor');
  const sideBefore = Number(await side.getAttribute('aria-valuenow'));
  const grip = await side.boundingBox();
  if (!grip) throw new Error('the splitter is not on screen');
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 - 50, grip.y + 200, { steps: 5 });
  await page.mouse.move(grip.x + grip.width / 2 - 100, grip.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect(side).toHaveAttribute('aria-valuenow', String(sideBefore + 100));

  // The inspector and the editor share their column.
  const share = workspace.splitter('Resize the inspector and the YAML editor');
  const shareBefore = Number(await share.getAttribute('aria-valuenow'));
  await share.focus();
  await page.keyboard.press('ArrowDown');
  await expect(share).toHaveAttribute('aria-valuenow', String(Math.round((shareBefore + 0.05) * 1000) / 1000));
});

test('the layout survives a reload', async ({ app, workspace, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();
  const side = workspace.splitter('Resize the inspector and editor');
  await side.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const share = workspace.splitter('Resize the inspector and the YAML editor');
  await share.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+B');
  await workspace.expectShown('Palette', false);
  const sideAfter = (await side.getAttribute('aria-valuenow')) ?? '';
  const shareAfter = (await share.getAttribute('aria-valuenow')) ?? '';

  await page.reload();
  await expect(app.canvas.node('Container web')).toBeVisible();
  await workspace.expectShown('Palette', false);
  await expect(side).toHaveAttribute('aria-valuenow', sideAfter);
  await expect(share).toHaveAttribute('aria-valuenow', shareAfter);
});

test('the YAML editor loses nothing while it is hidden: typed text and a canvas edit are both there', async ({
  app,
  workspace,
}) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await app.editor.typeLinesAfter('image: nginx:1.27', ['    args: ["--verbose"]']);
  await expect.poll(() => app.editor.visibleText()).toContain('args: ["--verbose"]');

  await workspace.hideButton('YAML editor').click();
  await workspace.expectShown('YAML editor', false);
  await app.paletteItem('Sidecar').click();
  await expect(app.canvas.node('Sidecar sidecar')).toBeVisible();

  await workspace.toggle('YAML editor').click();
  await workspace.expectShown('YAML editor', true);
  await expect.poll(() => app.editor.visibleText()).toContain('args: ["--verbose"]');
  await expect.poll(() => app.editor.visibleText()).toContain('- name: sidecar');
  const exported = (await app.exportYaml()).text;
  expect(exported).toContain('    image: nginx:1.27\n    args: ["--verbose"]\n');
  expect(exported).toContain('name: sidecar');
});
