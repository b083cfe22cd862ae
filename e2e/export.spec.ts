import { expect, test } from './designerTest';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('./fixtures/web-and-sidecar.yaml', import.meta.url), 'utf8');

test('the diagram downloads as an SVG with the containers and as a 2× PNG', async ({ app, exportMenu }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.canvas.node('Container web')).toBeVisible();

  const svg = await exportMenu.download('Diagram as SVG');
  expect(svg.fileName).toBe('web.svg');
  expect(svg.text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  // The mount's row in its container: the path, and "ro" for read-only.
  for (const name of ['setup', 'web', 'logs', 'nginx:1.27', 'work', '/usr/share/nginx/html', 'ro'])
    expect(svg.text).toContain(`>${name}<`);

  const png = await exportMenu.download('Diagram as PNG');
  expect(png.fileName).toBe('web.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(20_000);
  // Twice the SVG's size: IHDR holds width and height as big-endian integers at bytes 16 and 20.
  const svgWidth = Number(/width="(\d+)"/.exec(svg.text)![1]);
  expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);
});

test('the manifest downloads as JSON that kubectl accepts (a v1 List)', async ({ app, exportMenu }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  const json = await exportMenu.download('Manifest as JSON');
  // Named after the opened file, as Export YAML is.
  expect(json.fileName).toBe('web-and-sidecar.json');
  const list = JSON.parse(json.text);
  expect(list).toMatchObject({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Pod', metadata: { name: 'web' } }] });
  expect(list.items[0].spec.containers.map((container: { name: string }) => container.name)).toEqual(['web', 'logs']);
});

test('exporting as a Deployment downloads a Deployment and leaves the design a Pod', async ({ app, exportMenu }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await expect(app.kindSelect).toHaveValue('Pod');

  const deployment = await exportMenu.download('Manifest as Deployment');
  expect(deployment.fileName).toBe('web-deployment.yaml');
  expect(deployment.text).toContain('kind: Deployment');
  expect(deployment.text).toContain('apiVersion: apps/v1');
  expect(deployment.text).toContain('matchLabels:');
  expect(deployment.text).toContain('# serves the site');

  await expect(app.kindSelect).toHaveValue('Pod');
  await expect(app.toolbarButton('Undo')).toHaveAttribute('title', /Open web-and-sidecar.yaml/);
  expect((await app.exportYaml()).text).toBe(manifest);
});

test('the export menu works from the keyboard', async ({ app, exportMenu, page }) => {
  await app.openFresh();
  await app.openFile('web-and-sidecar.yaml', manifest);
  await exportMenu.button.focus();
  await page.keyboard.press('Enter');
  await expect(exportMenu.item('Save As…')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(exportMenu.item('Manifest as CronJob')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(exportMenu.menu).toHaveCount(0);
  await expect(exportMenu.button).toBeFocused();

  for (let presses = 0; presses < 5; presses++) await page.keyboard.press('ArrowDown');
  await expect(exportMenu.item('Manifest as JSON')).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('web-and-sidecar.json');
  await expect(exportMenu.menu).toHaveCount(0);
});
