import { readFileSync } from 'node:fs';
import { dump, loadAll } from 'js-yaml';
import type { Page } from '@playwright/test';
import { POD_TEMPLATES } from '../src/catalog/templates';
import { generateBigPodManifest } from '../src/validate/fixtures/generateBigPod';
import { expect, test } from './designerTest';

/**
 * What issue 10 promises a person sees right after opening a design, measured as they see it:
 * each container name's size on screen (font size × zoom), every name inside the canvas, and the
 * canvas's share of the window.
 */
const SCREENS = [
  { width: 1440, height: 900, namePx: 11, share: 0.55 },
  { width: 1280, height: 800, namePx: 10, share: 0.5 },
] as const;

const multiContainer = readFileSync(new URL('./fixtures/canvas-showcase.yaml', import.meta.url), 'utf8');
const threeContainerDeployment = readFileSync(new URL('./fixtures/shop-deployment.yaml', import.meta.url), 'utf8');

interface NameOnScreen {
  readonly text: string;
  readonly px: number;
  readonly inside: boolean;
}

/** Every container name with its on-screen size and whether the canvas shows all of it. */
function namesOnScreen(page: Page): Promise<NameOnScreen[]> {
  return page.locator('.container-node__name').evaluateAll((names) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    return names.map((name) => {
      const box = name.getBoundingClientRect();
      const inside =
        !!canvas &&
        box.left >= canvas.left - 1 &&
        box.right <= canvas.right + 1 &&
        box.top >= canvas.top - 1 &&
        box.bottom <= canvas.bottom + 1;
      return { text: name.textContent ?? '', px: Number.parseFloat(getComputedStyle(name).fontSize) * zoom, inside };
    });
  });
}

/** Waits until the fitted view has settled, then checks each name against the promise. */
async function expectReadable(page: Page, what: string, count: number, minPx: number): Promise<void> {
  await expect
    .poll(async () => {
      const names = await namesOnScreen(page);
      return names.length === count && names.every((name) => name.inside && name.px >= minPx);
    }, `${what}: ${count} container names, each on screen at ≥ ${minPx} px`)
    .toBe(true);
  // Settled means it stays so (no late refit shrinks it).
  await page.waitForTimeout(300);
  const names = await namesOnScreen(page);
  for (const name of names) {
    expect(name.inside, `${what}: "${name.text}" is on screen`).toBe(true);
    expect(name.px, `${what}: "${name.text}" renders at ${name.px.toFixed(1)} px`).toBeGreaterThanOrEqual(minPx);
  }
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test(`every template shows each container name at ≥ ${screen.namePx} px after opening`, async ({
      app,
      gallery,
      workspace,
      page,
    }) => {
      test.slow();
      await app.openFresh();
      for (const template of POD_TEMPLATES) {
        await gallery.openTemplate(template.title);
        await expectReadable(page, template.title, countContainers(template.yaml), screen.namePx);
        expect(await workspace.canvasWidthShare(), `${template.title}: canvas share`).toBeGreaterThanOrEqual(
          screen.share,
        );
      }
    });

    test(`real multi-container manifests show each container name at ≥ ${screen.namePx} px`, async ({
      app,
      workspace,
      page,
    }) => {
      await app.openFresh();
      await app.openFile('canvas-showcase.yaml', multiContainer);
      await expectReadable(page, 'canvas-showcase.yaml', countContainers(multiContainer), screen.namePx);
      expect(await workspace.canvasWidthShare()).toBeGreaterThanOrEqual(screen.share);
      await app.openFile('shop-deployment.yaml', threeContainerDeployment);
      await expectReadable(page, 'shop-deployment.yaml', countContainers(threeContainerDeployment), screen.namePx);
    });
  });
}

test.describe('the 40-container pod', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('opens with all 40 container names on screen at ≥ 7 px, and every volume drawn', async ({ app, page }) => {
    const manifest = generateBigPodManifest();
    const text = manifest.map((document) => dump(document, { noRefs: true, lineWidth: -1 })).join('---\n');
    await app.openFresh();
    await app.openFile('big-pod.yaml', text);
    await expectReadable(page, 'big pod', 40, 7);
    await expect(page.locator('.react-flow__node-volume')).toHaveCount(60);
  });
});

/** The number of containers (init, sidecar and app) in the first workload of a manifest. */
function countContainers(manifest: string): number {
  const documents = loadAll(manifest) as Array<Record<string, unknown> | null>;
  const workload = documents.find((document) => document && document.kind !== 'Service' && document.spec);
  const spec = workload?.spec as Record<string, unknown> | undefined;
  const podSpec = (spec?.template as Record<string, unknown> | undefined)?.spec ?? spec;
  const lists = ['initContainers', 'containers'].map(
    (key) => ((podSpec as Record<string, unknown> | undefined)?.[key] as unknown[] | undefined) ?? [],
  );
  return lists.reduce((sum, list) => sum + list.length, 0);
}
