import { expect, test } from './designerTest';

/** Two workloads in one file, as in a service mesh sample: each row must say which it is about. */
const BOOKINFO = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: details-v1
spec:
  selector:
    matchLabels:
      app: details
  template:
    metadata:
      labels:
        app: details
    spec:
      containers:
      - name: details
        image: docker.io/istio/examples-bookinfo-details-v1:1.20.2
        ports:
        - containerPort: 9080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reviews-v1
spec:
  selector:
    matchLabels:
      app: reviews
  template:
    metadata:
      labels:
        app: reviews
    spec:
      containers:
      - name: reviews
        image: docker.io/istio/examples-bookinfo-reviews-v1:1.20.2
        ports:
        - containerPort: 9080
        securityContext:
          privileged: true
`;

test('in a file of several workloads findings are grouped by document, every row names it, and showing one switches the canvas to it', async ({
  app,
  problems,
  page,
}) => {
  await app.openFresh();
  await app.openFile('bookinfo.yaml', BOOKINFO);
  // A file of several workloads opens on the application map; Alt+M shows the pod of the first.
  await expect(page.getByRole('main', { name: 'Application map' })).toBeVisible();
  await page.keyboard.press('Alt+M');
  await expect(app.canvas.node('Container details')).toBeVisible();
  await problems.open();
  const privileged = problems.row(/runs privileged/);
  await expect(privileged).toContainText('Deployment/reviews-v1');
  await expect(problems.rows.filter({ hasText: 'Deployment/details-v1' }).first()).toBeVisible();
  // One group per document, in the file's order, each with its counts; the designed one says so.
  const groups = problems.root.getByRole('heading', { level: 3 });
  await expect(groups).toHaveText([
    /^Deployment\/details-v1 2 warnings · \d+ notes · designing$/,
    /^Deployment\/reviews-v1 3 warnings · \d+ notes$/,
  ]);
  const reviews = problems.root.getByRole('region', { name: /^Deployment\/reviews-v1/ });
  await expect(reviews.getByRole('listitem').filter({ hasText: 'runs privileged' })).toHaveCount(1);
  await problems.show(/runs privileged/);
  await expect(app.canvas.node('Container reviews')).toBeVisible();
  await expect(app.canvas.node('Container details')).toHaveCount(0);
});
