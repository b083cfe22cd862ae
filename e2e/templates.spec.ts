import { expect, test } from './designerTest';
import { EXERCISES } from '../src/catalog/exercises';
import { POD_TEMPLATES } from '../src/catalog/templates';
import { EditorFindReplace, problemCounts, replaceDesignDialog } from './pages/TemplatesAndExercises';

test('every template opens from the gallery with its explanation and no errors', async ({
  app,
  gallery,
  guide,
  page,
}) => {
  // Eleven designs, each loaded, validated and drawn: more than one journey's usual minute on a busy machine.
  test.setTimeout(300_000);
  await app.openFresh();

  for (const template of POD_TEMPLATES) {
    await gallery.openTemplate(template.title);
    await expect(guide.title).toHaveText(template.title);
    await expect(guide.root).toContainText(template.explanation.slice(0, 60));
    await expect(problemCounts(page)).toHaveAccessibleName(/^0 errors · /);
    await expect(app.canvas.root.locator('.react-flow__node').first()).toBeVisible();
  }

  // Opening a template is one undo step: undo brings back the previous template's design.
  const last = POD_TEMPLATES[POD_TEMPLATES.length - 1]!;
  const previous = POD_TEMPLATES[POD_TEMPLATES.length - 2]!;
  await expect(app.toolbarButton('Undo')).toHaveAttribute('title', `Undo Open template: ${last.title} (Ctrl+Z)`);
  await app.toolbarButton('Undo').click();
  const exported = await app.exportYaml();
  expect(exported.text).toBe(previous.yaml);

  await guide.closeButton.click();
  await expect(guide.root).toBeHidden();
});

test('the gallery works from the keyboard and previews the focused entry', async ({ app, gallery, guide, page }) => {
  await app.openFresh();

  await app.toolbarButton('Templates').click();
  await expect(gallery.dialog).toBeVisible();
  await gallery.entry(POD_TEMPLATES[0]!.title).focus();
  await page.keyboard.press('ArrowDown');
  await expect(gallery.entry(POD_TEMPLATES[1]!.title)).toBeFocused();
  await expect(gallery.preview).toContainText(POD_TEMPLATES[1]!.explanation.slice(0, 60));

  // Switch tabs with the arrow keys, then close with Escape.
  await gallery.tab('Templates').focus();
  await page.keyboard.press('ArrowRight');
  await expect(gallery.tab('Exercises')).toHaveAttribute('aria-selected', 'true');
  await expect(gallery.entry(EXERCISES[0]!.title)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gallery.dialog).toBeHidden();
  await expect(app.toolbarButton('Templates')).toBeFocused();

  // Enter on an entry opens it.
  await app.toolbarButton('Templates').click();
  await gallery.entry(POD_TEMPLATES[2]!.title).focus();
  await page.keyboard.press('Enter');
  await expect(guide.title).toHaveText(POD_TEMPLATES[2]!.title);
});

test('an exercise link opens the exercise; adding a readiness probe in the editor meets the goal', async ({
  app,
  guide,
  page,
}) => {
  await app.openFresh();

  await page.goto('/#exercise=add-readiness-probe');
  await expect(guide.title).toHaveText('Add a readiness probe');
  await expect(guide.goalStatus).toHaveText('○ Goal not met yet · 2 of 3 steps');
  await guide.hintButton.click();
  await expect(guide.hints).toContainText('A readiness probe belongs to the container it checks');

  await new EditorFindReplace(app.editor).replaceAll(
    'containerPort: 8080$',
    'containerPort: 8080\\n    readinessProbe:\\n      httpGet:\\n        path: /\\n        port: http',
    { regex: true },
  );

  await expect(guide.goalStatus).toHaveText('✓ Goal met · 3 of 3 steps');
  await expect(guide.hintButton).toBeHidden();
});

test('an exercise link asks before replacing work, and fixing the rejected pod meets the goal', async ({
  app,
  guide,
  page,
}) => {
  test.setTimeout(180_000);
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  await page.goto('/#exercise=fix-rejected-pod');
  const confirm = replaceDesignDialog(page);
  await expect(confirm).toContainText('Start the exercise “This pod is rejected: fix it”?');
  await confirm.getByRole('button', { name: 'Replace my design' }).click();
  await expect(confirm).toBeHidden();
  await expect(guide.title).toHaveText('This pod is rejected: fix it');
  await expect(problemCounts(page)).not.toHaveAccessibleName(/^0 errors/);
  await expect(guide.goalStatus).toHaveText(/^○ Goal not met yet/);

  // The starting design is one undo step away from the user's own.
  await expect(app.toolbarButton('Undo')).toHaveAttribute(
    'title',
    'Undo Start exercise: This pod is rejected: fix it (Ctrl+Z)',
  );

  // Fix each error in the editor, as a learner would.
  const editor = new EditorFindReplace(app.editor);
  await editor.replaceAll('Shop_Frontend', 'shop-frontend');
  await editor.replaceAll('80800', '8080');
  await editor.replaceAll('memory: 32Mi', 'memory: 64Mi');
  await editor.replaceAll('- name: web\\n    image: busybox', '- name: clock\\n    image: busybox', { regex: true });
  await expect(guide.goalStatus).toHaveText(/^○ Goal not met yet/);
  await editor.replaceAll('mountPath: /html$', 'mountPath: /html\\n  volumes:\\n  - name: html\\n    emptyDir: {}', {
    regex: true,
  });
  await expect(guide.goalStatus).toHaveText(/^✓ Goal met/);
  expect((await app.exportYaml()).text).toBe(FIXED_POD);
  await expect(problemCounts(page)).toHaveAccessibleName(/^0 errors · /);

  // A reload in the same tab offers to continue the learner's work (the default) or start again.
  await page.reload();
  await replaceDesignDialog(page).getByRole('button', { name: 'Continue my work' }).click();
  await expect(guide.goalStatus).toHaveText(/^✓ Goal met/);
  await expect(replaceDesignDialog(page)).toBeHidden();
});

test('keeping one’s design checks the exercise goal against it', async ({ app, guide, page }) => {
  await app.openFresh();
  await app.toolbarButton('New').click();
  await expect(app.canvas.node('Container app')).toBeVisible();

  await page.goto('/#exercise=restricted-pod-security');
  await replaceDesignDialog(page).getByRole('button', { name: 'Keep my design' }).click();
  await expect(guide.title).toHaveText('Pass the Restricted Pod Security Standard');
  await expect(app.canvas.node('Container app')).toBeVisible();
  await expect(guide.goalStatus).toHaveText(/^○ Goal not met yet/);
  expect(page.url()).toContain('#exercise=restricted-pod-security');

  await guide.closeButton.click();
  await expect(guide.root).toBeHidden();
  expect(page.url()).not.toContain('#exercise');
});

const FIXED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: shop-frontend
  labels:
    app.kubernetes.io/name: shop-frontend
spec:
  containers:
  - name: web
    image: nginxinc/nginx-unprivileged:1.27-alpine
    ports:
    - name: http
      containerPort: 8080
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        memory: 64Mi
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
  - name: clock
    image: busybox:1.37
    command: [sh, -c, 'while true; do date > /html/index.html; sleep 10; done']
    volumeMounts:
    - name: html
      mountPath: /html
  volumes:
  - name: html
    emptyDir: {}
`;
