import type { Page } from '@playwright/test';
import { expect, test } from './designerTest';

const BROKEN = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
  - name: web
    image: nginx:1.27
    envFrom:
    - configMapRef:
        name: settings
  - name: proxy
    image: envoy:1.30
    ports:
    - containerPort: 8080
      protocl: TCP
    securityContext:
      privileged: true
`;

const TYPO = /Unknown field "protocl"/;
const PRIVILEGED = /runs privileged/;
const MISSING_CONFIG_MAP = /ConfigMap "settings"/;

/** The 1-based line numbers (in the visible editor) that carry a squiggle of the severity. */
async function markedLines(page: Page, severity: 'error' | 'warning' | 'info'): Promise<string[]> {
  return page.getByRole('region', { name: 'YAML' }).evaluate((pane, className) => {
    const lines = [...pane.querySelectorAll<HTMLElement>('.view-lines .view-line')];
    const squiggles = [...pane.querySelectorAll<HTMLElement>(`.${className}`)];
    return squiggles.flatMap((squiggle) => {
      const top = squiggle.getBoundingClientRect().top;
      const line = lines.find((candidate) => Math.abs(candidate.getBoundingClientRect().top - top) < 4);
      return line ? [(line.textContent ?? '').replace(/\u00a0/g, ' ').trim()] : [];
    });
  }, `squiggly-${severity}`);
}

test('the validator explains a broken manifest, fixes it with a preview, and undo brings it back', async ({
  app,
  problems,
  page,
}) => {
  await app.openFresh();
  await app.openFile('shop.yaml', BROKEN);
  await expect(app.canvas.node('Container proxy')).toBeVisible();

  // The status strip counts the problems; clicking the counts opens the panel.
  await expect(problems.counts).toContainText(/[1-9]\d* errors?/);
  await problems.open();
  const typo = problems.row(TYPO);
  await expect(typo).toContainText('did you mean "protocol"?');
  await expect(typo).toContainText('spec.containers[1].ports[0].protocl');
  await expect(typo.getByRole('link', { name: /Docs/ })).toHaveAttribute('href', /^https:\/\/kubernetes\.io\//);
  await expect(typo.getByRole('link', { name: /Docs/ })).toHaveAttribute('target', '_blank');

  // The editor marks the offending key, and the proxy's node carries an error badge.
  await app.editor.ready();
  await expect.poll(() => markedLines(page, 'error')).toContain('protocl: TCP');
  await expect(app.canvas.node('Container proxy').getByTestId('finding-badge')).toHaveAttribute(
    'aria-label',
    /\d+ errors?/,
  );
  // The badge opens the problems panel too.
  await page.getByRole('button', { name: 'Close the problems panel' }).click();
  await expect(problems.root).toBeHidden();
  await app.canvas
    .node('Container proxy')
    .getByRole('button', { name: /errors?.*: show the problems/ })
    .click();
  await expect(problems.root).toBeVisible();
  await expect(app.canvas.node('Container proxy')).toHaveClass(/selected/);

  // Fix: first a preview of the YAML lines that change, then one click applies it.
  await problems.fixButton(TYPO).click();
  const preview = problems.preview(TYPO);
  await expect(preview.getByLabel('Changes to the YAML')).toContainText('protocl: TCP');
  await expect(preview.getByLabel('Changes to the YAML')).toContainText('protocol: TCP');
  await problems.applyFix(TYPO);
  await expect(problems.row(TYPO)).toHaveCount(0);
  expect(await app.editor.visibleText()).toContain('      protocol: TCP');

  // Undo is one step and brings the finding back.
  await app.toolbarButton('Undo').click();
  await expect(problems.row(TYPO)).toHaveCount(1);
  expect(await app.editor.visibleText()).toContain('      protocl: TCP');
});

test('a reference to a ConfigMap not in the file is fixed by adding a stub document', async ({ app, problems }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', BROKEN);
  await problems.open();
  await problems.fixButton(MISSING_CONFIG_MAP).click();
  await expect(problems.preview(MISSING_CONFIG_MAP).getByLabel('Changes to the YAML')).toContainText('kind: ConfigMap');
  await problems.applyFix(MISSING_CONFIG_MAP);
  await expect(problems.row(MISSING_CONFIG_MAP)).toHaveCount(0);
  const exported = await app.exportYaml();
  expect(exported.text).toContain('\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
});

test('clicking a problem selects its node; filters and the Pod Security meter', async ({ app, problems }) => {
  await app.openFresh();
  await app.openFile('shop.yaml', BROKEN);
  await problems.open();

  await problems.show(PRIVILEGED);
  await expect(app.canvas.node('Container proxy')).toHaveClass(/selected/);
  await expect.poll(() => app.editor.visibleText()).toContain('privileged: true');

  await expect(problems.podSecuritySummary).toHaveText(
    /^Baseline: fails \(1 control\) · Restricted: fails \(\d+ controls\)$/,
  );
  const controls = await problems.showFailingControls();
  await expect(controls).toContainText('Privileged Containers');

  await problems.filter.fill('protocl');
  await expect(problems.rows).toHaveCount(1);
  await problems.filter.fill('');
  await problems.severityToggle(/error/).click();
  await expect(problems.row(TYPO)).toHaveCount(0);
  await expect(problems.severityToggle(/error/)).toHaveAttribute('aria-pressed', 'false');
});
