import { findExercise, nextExercise } from '../src/catalog/exercises';
import { expect, test } from './designerTest';
import { EditorFindReplace, replaceDesignDialog } from './pages/TemplatesAndExercises';

const shareLogVolume = findExercise('share-log-volume')!;
const pinImageTags = findExercise('pin-image-tags')!;
const SIMULATION_STEP = 'In the lifecycle simulation the pod runs as meant';

test('the checklist fills as the learner goes, a one-string command does not pass, and Next leads on', async ({
  app,
  guide,
  page,
}) => {
  test.setTimeout(120_000);
  await app.openFresh();
  await page.goto('/#exercise=share-log-volume');
  await expect(guide.title).toHaveText(shareLogVolume.title);
  await expect(guide.goalStatus).toHaveText('○ Goal not met yet · 2 of 4 steps');

  // Hints come one at a time, each more specific.
  await guide.hintButton.click();
  await expect(guide.hints.getByRole('listitem')).toHaveText([shareLogVolume.hints[0]!]);
  await expect(guide.hintButton).toHaveAccessibleName('More specific hint (2 of 3)');
  await guide.hintButton.click();
  await expect(guide.hints.getByRole('listitem')).toHaveCount(2);

  // The whole command line in one string: every step but the simulation is met.
  await app.editor.replaceAll(
    shareLogVolume.solutionYaml.replace('[tail, -F, /logs/app.log]', '["tail -F /logs/app.log"]'),
  );
  await expect(guide.goalStatus).toHaveText('○ Goal not met yet · 3 of 4 steps');
  await expect(guide.step(SIMULATION_STEP)).toContainText('(not yet)');
  await expect(guide.step(SIMULATION_STEP)).toContainText('is one string');
  await expect(guide.step('A second container mounts that volume')).toContainText('(done)');

  // Split into words, as the kubelet needs it.
  await new EditorFindReplace(app.editor).replaceAll('["tail -F /logs/app.log"]', '[tail, -F, /logs/app.log]');
  await expect(guide.goalStatus).toHaveText('✓ Goal met · 4 of 4 steps');

  // The solution is a diff from the starting design.
  await guide.button('Show solution').click();
  const solution = page.getByRole('dialog', { name: `Solution: ${shareLogVolume.title}` });
  await expect(solution.getByRole('region', { name: 'Changes to the starting design' })).toContainText(
    '+ command: [tail, -F, /logs/app.log]',
  );
  await page.keyboard.press('Escape');
  await expect(solution).toBeHidden();

  await guide.button('Next exercise').click();
  const next = nextExercise(shareLogVolume.id)!;
  await expect(guide.title).toHaveText(next.title);
  await expect(guide.goalStatus).toHaveText(/^○ Goal not met yet/);
  expect(page.url()).toContain(`#exercise=${next.id}`);
  await expect(guide.hints).toBeHidden();
});

test('New asks before leaving an exercise, and opening its link again offers to start over', async ({
  app,
  guide,
  page,
}) => {
  test.setTimeout(120_000);
  await app.openFresh();
  await page.goto('/#exercise=pin-image-tags');
  await expect(guide.title).toHaveText(pinImageTags.title);
  await new EditorFindReplace(app.editor).replaceAll('busybox:latest', 'busybox:1.37');
  await expect(app.canvas.node('Container clock')).toContainText('1.37');

  await app.toolbarButton('New').click();
  const leave = page.getByRole('alertdialog', { name: `Leave the exercise “${pinImageTags.title}”?` });
  await leave.getByRole('button', { name: 'Stay in the exercise' }).click();
  await expect(leave).toBeHidden();
  await expect(guide.title).toHaveText(pinImageTags.title);
  await expect(app.canvas.node('Container clock')).toContainText('1.37');

  // The same link, opened again in this tab.
  await page.goto('/#exercise=pin-image-tags');
  const restart = replaceDesignDialog(page);
  await expect(restart).toContainText(`Start “${pinImageTags.title}” again?`);
  await restart.getByRole('button', { name: 'Start again' }).click();
  await expect(app.canvas.node('Container clock')).toContainText('latest');
  expect((await app.exportYaml()).text).toBe(pinImageTags.starterYaml);

  await app.toolbarButton('New').click();
  await leave.getByRole('button', { name: 'Leave and start a new pod' }).click();
  await expect(guide.root).toBeHidden();
  await expect(app.canvas.node('Container app')).toBeVisible();
  expect(page.url()).not.toContain('#exercise');
});
