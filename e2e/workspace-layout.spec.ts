import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const multiContainer = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');

/** The canvas's share of the window a first visit promises: most of a laptop, half of a projector. */
const SCREENS = [
  { width: 1440, height: 900, share: 0.55 },
  { width: 1280, height: 800, share: 0.5 },
] as const;

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test(`the canvas keeps ${Math.round(screen.share * 100)}% of the width, and selecting a node neither squeezes nor refits it`, async ({
      app,
      workspace,
      page,
    }) => {
      await app.openFresh();
      await app.openFile('canvas-showcase.yaml', multiContainer);
      await expect(app.canvas.node('Container web')).toBeVisible();
      await app.editor.ready();
      // The panels a person works with are all there.
      for (const name of ['Palette', 'Inspector', 'YAML editor'] as const) await workspace.expectShown(name, true);
      expect(await workspace.canvasWidthShare()).toBeGreaterThanOrEqual(screen.share);

      await expect.poll(() => workspace.viewportTransform()).not.toBe('none');
      const fitted = await workspace.viewportTransform();
      const widthBefore = await workspace.canvasWidthShare();
      await app.canvas.node('Container web').click();
      await expect(app.canvas.node('Container web')).toHaveClass(/selected/);
      await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('form')).toHaveAccessibleName(
        'Container web',
      );
      expect(await workspace.canvasWidthShare()).toBe(widthBefore);
      expect(await workspace.viewportTransform()).toBe(fitted);
    });

    test('a template opens with the canvas keeping its share under the explanation', async ({
      app,
      workspace,
      gallery,
    }) => {
      await app.openFresh();
      await gallery.openTemplate('Backend with an nginx sidecar for its static files');
      await expect(app.canvas.node('Container nginx')).toBeVisible();
      expect(await workspace.canvasWidthShare()).toBeGreaterThanOrEqual(screen.share);
      await app.canvas.node('Container nginx').click();
      expect(await workspace.canvasWidthShare()).toBeGreaterThanOrEqual(screen.share);
    });
  });
}
