import { microservicesManifest } from '../src/graph/fixtures/microservicesManifest';
import { expect, test } from './designerTest';

const release = microservicesManifest(12);

test('a 12-Deployment / 12-Service file opens on the application map; a workload opens, a Service is added by drag, undone, exported', async ({
  app,
  page,
}) => {
  test.slow();
  await app.openFresh();
  await app.openFile('release.yaml', release);

  // The import report sums the file up; its details list what the canvas draws and what it keeps.
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('25 documents · designing Deployment frontend · nothing normalised');
  await report.getByRole('button', { name: 'Details' }).click();
  await expect(report).toContainText('12 Deployment, 12 Service, 1 ConfigMap');
  await expect(report).toContainText('spec.template.spec.containers');
  await report.getByRole('button', { name: 'Dismiss the import report' }).click();
  await expect(report).toBeHidden();

  const map = page.getByRole('main', { name: 'Application map' });
  const card = (name: string) => map.getByRole('group', { name, exact: true });
  await expect(map.locator('.react-flow__node')).toHaveCount(25);
  await expect(card('Deployment cartservice')).toBeVisible();
  await expect(card('Service cartservice')).toContainText('selects app=cartservice');
  // Each Service's selector reaches its Deployment, and its named port the container's.
  await expect(map.locator('.map-edge--selects')).toHaveCount(12);
  await expect(map.locator('.map-edge--port')).toHaveCount(12);
  await expect(map.getByText('80 → http 8081')).toBeVisible();

  // Double-click opens the pod view; the breadcrumb brings the map back.
  await card('Deployment cartservice').dblclick();
  await expect(app.canvas.node('Container server')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workload', exact: true })).toHaveValue('1');
  await page.getByRole('button', { name: '← Map' }).click();
  await expect(card('Deployment frontend')).toBeVisible();

  // Enter on a focused card opens it too; Alt+M goes back.
  await card('Deployment paymentservice').focus();
  await page.keyboard.press('Enter');
  await expect(app.canvas.node('Container server')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Workload', exact: true })).toHaveValue('4');
  await page.keyboard.press('Alt+m');
  await expect(card('Deployment frontend')).toBeVisible();

  // A Service dropped on a workload card: a new document after the workload, selecting its pods.
  await app.paletteItem('Service').dragTo(card('Deployment frontend'));
  await expect(card('Service frontend-2')).toBeVisible();
  await expect(card('Service frontend-2')).toContainText('selects app=frontend');
  await expect(map.locator('.react-flow__node')).toHaveCount(26);
  const withService = await app.exportYaml();
  expect(withService.text).toContain('  name: frontend-2\nspec:\n  selector:\n    app: frontend\n');

  // The new Service is selected: the inspector edits it, one undo step per change.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('textbox', { name: 'Name' }).fill('frontend-public');
  await inspector.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(card('Service frontend-public')).toBeVisible();
  await app.toolbarButton('Undo').click();
  await expect(card('Service frontend-2')).toBeVisible();

  await app.toolbarButton('Undo').click();
  await expect(map.locator('.react-flow__node')).toHaveCount(25);

  // A Service deleted in the inspector goes from the file and the map.
  await card('Service emailservice').click();
  await inspector.getByRole('button', { name: 'Delete Service' }).click();
  await expect(map.locator('.react-flow__node')).toHaveCount(24);
  await expect(card('Service emailservice')).toBeHidden();
  await app.toolbarButton('Undo').click();
  await expect(map.locator('.react-flow__node')).toHaveCount(25);
  const exported = await app.exportYaml();
  expect(exported.text).toBe(release);
});

test('changing a pod label that a Service selects by asks first; the Service follows or is left behind as chosen', async ({
  app,
  inspector,
  page,
}) => {
  const file = microservicesManifest(3);
  await app.openFresh();
  await app.openFile('release.yaml', file);
  const map = page.getByRole('main', { name: 'Application map' });
  const card = (name: string) => map.getByRole('group', { name, exact: true });
  await card('Deployment frontend').dblclick();
  await expect(inspector.form('Deployment frontend')).toBeVisible();

  const ask = page.getByRole('dialog', { name: 'Change pod label app to web?' });
  await inspector.setText('Value of pod label app', 'web');
  await expect(ask).toContainText("the Deployment's selector (spec.selector.matchLabels)");
  await expect(ask).toContainText('Service frontend (spec.selector)');
  await expect(ask).toContainText('cannot change once it exists in a cluster');

  // Cancel changes nothing.
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect((await app.exportYaml()).text).toBe(file);
  await expect(inspector.field('Value of pod label app')).toHaveValue('frontend');

  // Only the label: the selector and the Service are left as they were.
  await inspector.setText('Value of pod label app', 'web');
  await ask.getByRole('button', { name: 'Only the label' }).click();
  const labelOnly = (await app.exportYaml()).text;
  expect(labelOnly.replace('      labels:\n        app: web\n', '      labels:\n        app: frontend\n')).toBe(file);
  await app.toolbarButton('Undo').click();
  expect((await app.exportYaml()).text).toBe(file);

  // Update them too: the label, the selector and the Service in one undo step.
  await inspector.setText('Value of pod label app', 'web');
  await ask.getByRole('button', { name: 'Update them too' }).click();
  const followed = (await app.exportYaml()).text;
  expect(followed.split('app: web').length - 1).toBe(3);
  await page.getByRole('button', { name: '← Map' }).click();
  await expect(card('Service frontend')).toContainText('selects app=web');
  await expect(map.locator('.map-edge--selects')).toHaveCount(3);
  await app.toolbarButton('Undo').click();
  expect((await app.exportYaml()).text).toBe(file);
});
