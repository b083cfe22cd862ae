import { EXERCISES, findExercise } from '../src/catalog/exercises';
import { expect, test } from './designerTest';

const shareLogVolume = findExercise('share-log-volume')!;

test('the instructor view lists every exercise, and a handout prints alone with its link and QR code', async ({
  app,
  page,
}) => {
  await app.openFresh();
  await app.toolbarButton('Exercises').click();
  await page.getByRole('button', { name: 'Instructor view and handouts' }).click();
  const view = page.getByRole('dialog', { name: `Instructor view: ${EXERCISES.length} exercises` });
  for (const exercise of EXERCISES)
    await expect(view.getByRole('region', { name: exercise.title, exact: true })).toContainText(exercise.goal);

  await view.getByRole('button', { name: `Handout: ${shareLogVolume.title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Handout to print' });
  const handout = dialog.getByRole('article', { name: `Handout: ${shareLogVolume.title}` });
  await expect(handout).toContainText(shareLogVolume.goal);
  await expect(handout).toContainText(shareLogVolume.steps[1]!.label);
  const link = `${new URL(page.url()).origin}/#exercise=share-log-volume&lock=app.image,app.command`;
  await expect(handout.getByText(link)).toBeVisible();
  const qr = handout.getByRole('img', { name: `QR code of the link to “${shareLogVolume.title}”` });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

  // Printed, the page holds the handout alone.
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(qr).toBeVisible();
  await expect(handout.getByText(link)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(app.toolbarButton('New')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The link opens the exercise with its locks.
  await page.goto(link);
  await expect(page.getByRole('main', { name: 'Pod canvas' }).getByRole('heading')).toHaveText(shareLogVolume.title);
});
