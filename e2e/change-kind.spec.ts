import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';
import { CASSANDRA_STATEFUL_SET as cassandra } from '../src/model/fixtures/cassandraStatefulSet';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('switching Pod → Deployment → Pod gives back the pod exactly', async ({ app }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.kindSelect).toHaveValue('Pod');

  await app.kindSelect.selectOption('Deployment');
  await expect(app.canvas.root.locator('.pod-node__kind')).toHaveText('Deployment');
  const deployment = (await app.exportYaml()).text;
  expect(deployment).toContain('kind: Deployment');
  expect(deployment).toContain('matchLabels:');
  expect(deployment).toContain('# serves the site');
  await expect(app.canvas.node('Container web')).toBeVisible();

  await app.kindSelect.selectOption('Pod');
  await expect(app.canvas.root.locator('.pod-node__kind')).toHaveText('Pod');
  expect((await app.exportYaml()).text).toBe(manifest);
});

test('a StatefulSet switched to a Deployment says what was set aside and why its mount has no volume; switched back it is as written', async ({
  app,
  page,
  problems,
}) => {
  await app.openFresh();
  await app.openFile('cassandra.yaml', cassandra);
  await app.kindSelect.selectOption('Deployment');
  await expect(app.canvas.root.locator('.pod-node__kind')).toHaveText('Deployment');

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('note', { name: 'Set aside by the kind switch' })).toHaveText(
    'Set aside while this is a Deployment: the StatefulSet’s serviceName, volumeClaimTemplates (claim template cassandra-data, which containers mount). They come back as written when the kind is StatefulSet again.',
  );
  await problems.open();
  await expect(problems.root).toContainText(
    'The volume mount "cassandra-data" names the claim template "cassandra-data", which was set aside when this StatefulSet became a Deployment',
  );

  await app.kindSelect.selectOption('StatefulSet');
  await expect(inspector.getByRole('note', { name: 'Set aside by the kind switch' })).toHaveCount(0);
  expect((await app.exportYaml()).text).toBe(cassandra);
});
