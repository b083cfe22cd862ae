import { findExercise } from '../src/catalog/exercises';
import { expect, test } from './designerTest';

const nativeSidecarOrder = findExercise('native-sidecar-order')!;

test('a locked container refuses edits from the canvas, the inspector, the editor and undo', async ({
  app,
  guide,
  inspector,
  page,
}) => {
  test.setTimeout(150_000);
  await app.openFresh();
  await page.goto('/#exercise=native-sidecar-order');
  await expect(guide.title).toHaveText(nativeSidecarOrder.title);
  // The lock travels in the exercise's link.
  expect(page.url()).toContain('#exercise=native-sidecar-order&lock=app');
  const refused = page
    .getByRole('status')
    .filter({ hasText: `The container app is locked by the exercise “${nativeSidecarOrder.title}”.` });
  const starter = nativeSidecarOrder.starterYaml;

  // Canvas: delete it with the keyboard.
  await app.canvas.node('Container app').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(refused).toBeVisible();
  await expect(app.canvas.node('Container app')).toBeVisible();

  // Inspector: change its image.
  await app.canvas.node('Container app').click();
  await expect(inspector.form('Container app')).toBeVisible();
  await inspector.setText('Image', 'busybox:1.36');
  await expect(refused).toBeVisible();
  expect((await app.exportYaml()).text).toBe(starter);

  // Editor: typing inside it, and pasting a whole text that changes it, are undone.
  await app.editor.typeLinesAfter("command: [sh, -c, 'echo started", ['    imagePullPolicy: Always']);
  await expect(refused).toBeVisible();
  await expect.poll(() => app.editor.visibleText()).not.toContain('imagePullPolicy');
  await app.editor.replaceAll(starter.replace('busybox:1.37', 'busybox:1.36'));
  await expect.poll(() => app.editor.visibleText()).toContain('busybox:1.37');
  expect((await app.exportYaml()).text).toBe(starter);

  // What is not locked stays editable: make the shipper a native sidecar, as the goal asks.
  await app.editor.replaceAll(nativeSidecarOrder.solutionYaml);
  await expect(guide.goalStatus).toHaveText(/^✓ Goal met/);

  // Undo goes back to the starting design, and no further: that would remove the locked container.
  await app.toolbarButton('Undo').click();
  await expect(guide.goalStatus).toHaveText(/^○ Goal not met yet/);
  await app.toolbarButton('Undo').click();
  await expect(page.getByRole('status').filter({ hasText: 'Close the exercise to undo further.' })).toBeVisible();
  expect((await app.exportYaml()).text).toBe(starter);
});
