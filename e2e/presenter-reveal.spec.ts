import { findPodTemplate } from '../src/catalog/templates';
import { expect, test } from './designerTest';

const template = findPodTemplate('native-sidecar-startup')!;

test('presenter mode reveals a template part by part with Next, Previous and the clicker keys', async ({
  app,
  gallery,
  page,
}) => {
  await app.openFresh();
  await gallery.openTemplate(template.title);
  const reveal = page.getByRole('region', { name: 'Step by step' });
  await expect(reveal).toBeHidden();

  await page.keyboard.press('Alt+P');
  await expect(reveal).toContainText('Walk through this design part by part');
  await expect(reveal.getByRole('button', { name: 'Previous' })).toBeDisabled();

  // A clicker sends Page Down: the pod first, then the containers in the order they start.
  await page.keyboard.press('PageDown');
  await expect(reveal).toContainText('1 of 9 Deployment inventory');
  await page.keyboard.press('PageDown');
  await expect(reveal).toContainText('2 of 9 Sidecar db-proxy');
  await expect(reveal).toContainText('starts first, before the app containers');
  await expect(app.canvas.node('Sidecar db-proxy')).toHaveClass(/selected/);

  await reveal.getByRole('button', { name: 'Next' }).click();
  await expect(reveal).toContainText('3 of 9 Init container migrate');
  await expect(app.canvas.node('Init container migrate')).toHaveClass(/selected/);
  await expect(app.canvas.node('Sidecar db-proxy')).not.toHaveClass(/selected/);

  await reveal.getByRole('button', { name: 'Previous' }).click();
  await expect(reveal).toContainText('2 of 9 Sidecar db-proxy');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(reveal).toContainText('1 of 9');

  // To the end: the last part is a probe, and Next stops there.
  for (let step = 1; step < 9; step++) await page.keyboard.press('PageDown');
  await expect(reveal).toContainText('9 of 9');
  await expect(reveal).toContainText('probe of inventory');
  await expect(reveal.getByRole('button', { name: 'Next' })).toBeDisabled();

  await page.keyboard.press('Escape');
  await expect(reveal).toBeHidden();
});
