import { expect, test } from './designerTest';

const STATEFUL_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: web
        image: postgres:17.2
        volumeMounts:
        - name: data
          mountPath: /var/lib/postgresql/data
      - name: web
        image: prom/postgres-exporter:v0.16.0
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 10Gi
`;

test('every part is drawn: a claim template as a per-replica volume, two containers of one name apart, each with its badge', async ({
  app,
  inspector,
}) => {
  await app.openFresh();
  await app.openFile('db.yaml', STATEFUL_SET);

  const claim = app.canvas.node('Claim template data, one claim per replica');
  await expect(claim).toBeVisible();
  await expect(claim).toContainText('per replica');
  await expect(claim).toContainText('10Gi · RWO');
  await expect(app.canvas.edge('data mounted in web at /var/lib/postgresql/data')).toHaveCount(1);

  const first = app.canvas.node('Container web');
  const second = app.canvas.node('Container web, number 2 of that name');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  await expect(second).toContainText('prom/postgres-exporter');
  await expect(first.getByTestId('finding-badge')).toBeVisible();
  await expect(second.getByTestId('finding-badge')).toBeVisible();

  // The second one is renamed on its own: the first keeps its name and its mount.
  await second.locator('.container-node__name').click();
  await expect(inspector.form('Second container named web')).toBeVisible();
  await inspector.setText('Name', 'exporter');
  await expect(app.canvas.node('Container exporter')).toBeVisible();
  const spec = await app.exportedPodSpec();
  expect(spec.containers.map((container: { name: string }) => container.name)).toEqual(['web', 'exporter']);
  expect(spec.containers[0].volumeMounts).toEqual([{ name: 'data', mountPath: '/var/lib/postgresql/data' }]);
});
