import type { Page } from '@playwright/test';
import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const threeWorkloads = readFileSync(new URL('./fixtures/three-deployments.yaml', import.meta.url), 'utf8');

/**
 * How the toolbar lays out: one row when every control (and the product name) is centred on the
 * same line, nothing is cut off at the right, and the bar is one control high.
 */
async function toolbarLayout(page: Page): Promise<{ oneRow: boolean; height: number; cutOff: boolean }> {
  return page.locator('header.toolbar').evaluate((toolbar) => {
    const controls = [...toolbar.querySelectorAll('button, select, h1')].filter(
      (element) => element.getClientRects().length > 0,
    );
    const centres = controls.map((element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const right = Math.max(...controls.map((element) => element.getBoundingClientRect().right));
    return {
      oneRow: Math.max(...centres) - Math.min(...centres) <= 2,
      height: toolbar.getBoundingClientRect().height,
      cutOff: toolbar.scrollWidth > toolbar.clientWidth || right > window.innerWidth,
    };
  });
}

for (const width of [1280, 1440]) {
  test(`the toolbar is one row at ${width} pixels, with a file of three workloads and in presenter mode`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await app.openFresh();
    await app.openFile('three-deployments.yaml', threeWorkloads);
    // A file of several workloads opens on the application map; one of them opens in the pod view.
    await page
      .getByRole('main', { name: 'Application map' })
      .getByRole('group', { name: 'Deployment order-queue-worker' })
      .dblclick();
    const workload = page.getByRole('combobox', { name: 'Workload', exact: true });
    await expect(workload).toHaveValue('2');
    await workload.selectOption({ label: 'Deployment order-queue-worker' });
    await expect(app.canvas.node('Container worker')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Pod Designer' })).toBeVisible();
    // File, edit, view and share, each a group.
    for (const group of ['File', 'Edit', 'View', 'Share'])
      await expect(
        page.getByRole('toolbar', { name: 'Pod Designer' }).getByRole('group', { name: group }),
      ).toBeVisible();
    expect(await toolbarLayout(page)).toEqual({ oneRow: true, height: 48, cutOff: false });
    await expect(app.toolbarButton('Export YAML')).toBeVisible();

    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
    expect(await toolbarLayout(page)).toEqual({ oneRow: true, height: 48, cutOff: false });
    await expect(page.getByRole('heading', { level: 1, name: 'Pod Designer' })).toBeVisible();
  });
}
