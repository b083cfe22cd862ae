import { expect, test } from './designerTest';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  initContainers:
    - name: migrate
      image: shop/migrate:1.0
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: cache
          mountPath: /cache
    - name: worker
      image: shop/worker:2.3
      volumeMounts:
        - name: cache
          mountPath: /cache
  volumes:
    - name: cache
      emptyDir: {}
`;

/**
 * Typing into one container's image changes that container's node on the canvas and nothing else:
 * the other nodes and the edges keep their DOM (React Flow is given the same objects for them, with
 * the sizes it measured, so neither it nor React redraws them).
 */
test('typing into a container changes only its node on the canvas', async ({ app, page }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', POD);
  await expect(app.canvas.node('Container worker')).toBeVisible();
  await app.editor.placeCursorAfter('shop/worker:2.3');
  // Let the canvas settle (measurements, findings) before watching it.
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const changed = new Set<string>();
    const flow = document.querySelector('.react-flow')!;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const owner = target?.closest('.react-flow__node, .react-flow__edge');
        changed.add(owner?.getAttribute('data-id') ?? owner?.getAttribute('data-testid') ?? 'outside a node or edge');
      }
    }).observe(flow.querySelector('.react-flow__viewport')!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    (window as unknown as { changedOnCanvas: Set<string> }).changedOnCanvas = changed;
  });

  await page.keyboard.type('1');
  await expect(app.canvas.node('Container worker')).toContainText('shop/worker:2.31');
  await page.waitForTimeout(500);
  const changed = await page.evaluate(() => [
    ...(window as unknown as { changedOnCanvas: Set<string> }).changedOnCanvas,
  ]);
  expect(changed).toEqual(['container:worker']);
});
