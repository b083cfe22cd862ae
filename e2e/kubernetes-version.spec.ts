import { expect, test } from './designerTest';

/** A web server with a stop signal (Kubernetes 1.33+) and a nightly job under a removed beta API. */
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          lifecycle:
            stopSignal: SIGQUIT
---
apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: busybox:1.37
`;

const STOP_SIGNAL = /lifecycle\.stopSignal needs Kubernetes 1\.33\+; the target is 1\.32/;
const CRON_JOB = /batch\/v1beta1 CronJob is not served by Kubernetes 1\.36/;

test('the target Kubernetes version: an older one makes a newer field an error, and the choice is remembered', async ({
  app,
  problems,
  commandPalette: palette,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web.yaml', MANIFEST);
  const target = problems.statusStrip.getByRole('combobox', { name: 'Target Kubernetes version' });
  await expect(target).toHaveValue('36');
  await problems.open();
  await expect(problems.row(CRON_JOB)).toBeVisible();
  await expect(problems.row(STOP_SIGNAL)).toHaveCount(0);

  // An older cluster: the stop signal is an error at its field.
  await target.selectOption('1.32');
  await expect(problems.row(STOP_SIGNAL)).toBeVisible();
  await expect(problems.row(STOP_SIGNAL)).toContainText(/error/i);
  await expect(problems.counts).toContainText(/2 errors/);

  // Back to a version that has it, from the command palette.
  await palette.open();
  await palette.input.fill('target kubernetes 1.33');
  await expect(palette.activeOption).toContainText('Target Kubernetes 1.33');
  await page.keyboard.press('Enter');
  await expect(target).toHaveValue('33');
  await expect(problems.row(STOP_SIGNAL)).toHaveCount(0);
  await target.selectOption('1.32');
  await expect(problems.row(STOP_SIGNAL)).toBeVisible();

  // The removed beta API is upgraded by its fix.
  await problems.show(/batch\/v1beta1 CronJob is not served by Kubernetes 1\.32/);
  await problems.fixButton(/batch\/v1beta1 CronJob/).click();
  await problems.applyFix(/batch\/v1beta1 CronJob/);
  await expect(problems.rows.filter({ hasText: /batch\/v1beta1 CronJob/ })).toHaveCount(0);
  expect((await app.exportYaml()).text).toContain('apiVersion: batch/v1\nkind: CronJob');

  // The browser remembers the target.
  await page.reload();
  await expect(target).toHaveValue('32');
});

/** A batch pod that tolerates nodes whose priority taint is greater than 5 (operator Gt, Kubernetes 1.35+). */
const TOLERATION_GT = `apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  tolerations:
    - key: example.com/priority
      operator: Gt
      value: "5"
      effect: NoSchedule
  containers:
    - name: worker
      image: busybox:1.37
`;

const GT_AT_133 =
  /tolerations\[0\]\.operator: "Gt" came in Kubernetes 1\.34, 1\.35 or 1\.36 \(1\.33 does not have it\); the target is 1\.33/;

test('a value newer than the target Kubernetes version is an error: toleration operator Gt on 1.33, fine on 1.36', async ({
  app,
  problems,
  page,
}) => {
  await app.openFresh();
  await app.openFile('batch.yaml', TOLERATION_GT);
  const target = problems.statusStrip.getByRole('combobox', { name: 'Target Kubernetes version' });
  await expect(target).toHaveValue('36');
  await problems.open();
  await expect(problems.row(/operator: "Gt"/)).toHaveCount(0);

  await target.selectOption('1.33');
  await expect(problems.row(GT_AT_133)).toBeVisible();
  await expect(problems.row(GT_AT_133)).toContainText(/error/i);

  // Completion of a new toleration's operator offers only what 1.33 accepts.
  await app.editor.typeLinesAfter('effect: NoSchedule', ['    - key: example.com/zone', '      operator: ']);
  const operators = await app.editor.suggest();
  await expect(operators.filter({ hasText: 'Exists' })).toHaveCount(1);
  await expect(operators.filter({ hasText: 'Gt' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await target.selectOption('1.36');
  await expect(problems.row(/operator: "Gt"/)).toHaveCount(0);
  await app.editor.input.focus();
  await expect((await app.editor.suggest()).filter({ hasText: 'Gt' })).toHaveCount(1);
});

/** A container with a lifecycle hook, where completion offers the other lifecycle fields. */
const LIFECYCLE = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      lifecycle:
        preStop:
          sleep: {seconds: 5}
`;

test('editor completion follows the target Kubernetes version: stopSignal (1.33+) is offered on 1.36, not on 1.32', async ({
  app,
  problems,
  page,
}) => {
  await app.openFresh();
  await app.openFile('web.yaml', LIFECYCLE);
  const target = problems.statusStrip.getByRole('combobox', { name: 'Target Kubernetes version' });
  await target.selectOption('1.32');

  // A new line inside lifecycle:, then Ctrl+Space.
  await app.editor.placeCursorAfter('lifecycle:');
  await page.keyboard.press('Enter');
  let suggestions = await app.editor.suggest();
  await expect(suggestions.filter({ hasText: 'postStart' })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: 'stopSignal' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await target.selectOption('1.36');
  await app.editor.input.focus();
  suggestions = await app.editor.suggest();
  await expect(suggestions.filter({ hasText: 'stopSignal' })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: 'postStart' })).toHaveCount(1);
});
