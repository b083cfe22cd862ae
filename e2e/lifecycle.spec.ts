import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/init-sidecar-app.yaml', import.meta.url), 'utf8');

test('the lifecycle plays init, sidecar and app in order, and a failing init container crash-loops with back-off', async ({
  app,
  lifecycle,
}) => {
  // The playback runs on the real clock (at 5× and 10×), so this journey takes longer than most.
  test.setTimeout(120_000);
  await app.openFresh();
  await app.openFile('init-sidecar-app.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  await lifecycle.open();
  await expect(lifecycle.podStatus).toHaveText('Pod: Pending · Init:0/2 · no Service traffic');
  // At creation the first init container runs and everything else waits.
  await expect(lifecycle.state('setup')).toHaveText('Running');
  await expect(lifecycle.state('proxy')).toHaveText('Waiting');
  await expect(lifecycle.state('web')).toHaveText('Waiting');
  await lifecycle.speed.selectOption('5');
  await lifecycle.button('▶ Play').click();
  await expect(lifecycle.state('web')).toHaveText('Ready');
  await expect(lifecycle.podStatus).toHaveText('Pod: Running · Ready · receives Service traffic');
  await expect(lifecycle.button('▶ Play')).toBeVisible(); // stopped at the end
  const events = await lifecycle.eventTexts();
  const order = [
    'setup completed (exit 0)',
    'Started container proxy',
    'Startup probe of proxy passed: started',
    'Started container web',
    'Readiness probe of web passed: Ready',
    'Pod Ready',
  ].map((text) => events.findIndex((event) => event.includes(text)));
  expect(order.every((index) => index >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The canvas shows each container's simulated state.
  await expect(app.canvas.node('Init container setup')).toContainText('Simulated: Completed');
  await expect(app.canvas.node('Container web')).toContainText('Simulated: Ready');

  // Scrub back through it: setup runs 0–2 s, proxy starts at 2 s and passes its startup probe at 4 s, web is Ready at 12 s.
  await lifecycle.seek(3);
  await expect(lifecycle.state('setup')).toHaveText('Completed');
  await expect(lifecycle.state('proxy')).toHaveText('Running');
  await expect(lifecycle.state('web')).toHaveText('Waiting');
  await expect(lifecycle.podStatus).toHaveText('Pod: Pending · Init:1/2 · no Service traffic');
  await expect(app.canvas.node('Sidecar proxy')).toContainText('Simulated: Running');
  await lifecycle.seek(8);
  await expect(lifecycle.state('proxy')).toHaveText('Ready');
  await expect(lifecycle.state('web')).toHaveText('Running');
  await expect(lifecycle.podStatus).toHaveText('Pod: Running · not Ready · no Service traffic');
  await lifecycle.seek(12.5);
  await expect(lifecycle.state('web')).toHaveText('Ready');

  // What if the init container exits non-zero?
  await lifecycle.whatIf('setup').selectOption({ label: 'Exits non-zero' });
  await lifecycle.button('↺ Reset').click();
  await lifecycle.speed.selectOption('10');
  await lifecycle.button('▶ Play').click();
  // Exits at 2 s (Init:Error), restarted at once, exits again at 5 s: back-off 10 s, then 20 s …
  await expect(lifecycle.podStatus).toContainText('Init:CrashLoopBackOff');
  await expect(lifecycle.events).toContainText('Back-off 10s restarting failed container setup');
  await expect(lifecycle.events).toContainText('Back-off 20s restarting failed container setup');
  await expect(lifecycle.row('setup')).toContainText('CrashLoopBackOff 20 s');
  await lifecycle.button('❚❚ Pause').click();
  await lifecycle.seek(2.5);
  await expect(lifecycle.podStatus).toHaveText('Pod: Pending · Init:Error · no Service traffic');
  await lifecycle.seek(10);
  await expect(lifecycle.state('setup')).toHaveText('CrashLoopBackOff (back-off 10 s) · 1 restart');
  await expect(lifecycle.podStatus).toHaveText('Pod: Pending · Init:CrashLoopBackOff · no Service traffic');
  await expect(app.canvas.node('Init container setup')).toContainText('Simulated: CrashLoopBackOff 10 s');
  await lifecycle.seek(30);
  await expect(lifecycle.state('setup')).toHaveText('CrashLoopBackOff (back-off 20 s) · 2 restarts');
  await expect(lifecycle.state('web')).toHaveText('Waiting');

  // Back to a working pod, deleted at 20 s: the app stops first, then the sidecar.
  await lifecycle.whatIf('setup').selectOption({ label: 'Works' });
  await lifecycle.seek(20);
  await lifecycle.button('Delete pod').click();
  await expect(lifecycle.podStatus).toContainText('Terminating');
  await expect(lifecycle.state('proxy')).toHaveText('Terminated');
  const shutdown = (await lifecycle.eventTexts()).filter((event) => event.includes('SIGTERM sent'));
  expect(shutdown.map((event) => event.replace(/^[\s\S]*SIGTERM sent to /, ''))).toEqual(['web', 'proxy']);
});
