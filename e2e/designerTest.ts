import { test as base, expect } from '@playwright/test';
import { CommandPalette } from './pages/CommandPalette';
import { DesignerApp } from './pages/DesignerApp';
import { ExportMenu } from './pages/ExportMenu';
import { Inspector } from './pages/Inspector';
import { InstalledApp } from './pages/InstalledApp';
import { LifecyclePanel } from './pages/LifecyclePanel';
import { ProblemsPanel } from './pages/ProblemsPanel';
import { ShareLink } from './pages/ShareLink';
import { GuidePanel, PatternGallery } from './pages/TemplatesAndExercises';
import { Workspace } from './pages/Workspace';
import { type StaticSite, serveStaticSite } from './support/staticSite';

/** The page objects a journey works through, each made for the test's page. */
interface DesignerFixtures {
  /** The app; a journey that uses it fails when the page logged an error. */
  app: DesignerApp;
  inspector: Inspector;
  problems: ProblemsPanel;
  exportMenu: ExportMenu;
  lifecycle: LifecyclePanel;
  share: ShareLink;
  gallery: PatternGallery;
  guide: GuidePanel;
  workspace: Workspace;
  commandPalette: CommandPalette;
  /** The service worker and the offline and update notices (journeys that allow service workers). */
  installed: InstalledApp;
  /** Serves the production build (dist/) from a plain static server at a path; stopped after the test. */
  serveBuild: (basePath?: string) => Promise<StaticSite>;
}

/** Playwright's `test` with the app's page objects as fixtures: `test('…', async ({ app, inspector }) => …)`. */
export const test = base.extend<DesignerFixtures>({
  // Playwright cannot answer the File System Access pickers (microsoft/playwright#8850: no
  // "filechooser" event for showOpenFilePicker), so journeys run as in a browser without them:
  // Open uses the file input, Save As downloads. file-save.spec.ts installs recording pickers.
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      const access = window as { showOpenFilePicker?: unknown; showSaveFilePicker?: unknown };
      delete access.showOpenFilePicker;
      delete access.showSaveFilePicker;
    });
    await use(page);
  },
  app: async ({ page }, use) => {
    const app = new DesignerApp(page);
    await use(app);
    expect(app.consoleErrors, 'errors the page logged').toEqual([]);
  },
  inspector: async ({ page }, use) => use(new Inspector(page)),
  problems: async ({ page }, use) => use(new ProblemsPanel(page)),
  exportMenu: async ({ page }, use) => use(new ExportMenu(page)),
  lifecycle: async ({ page }, use) => use(new LifecyclePanel(page)),
  share: async ({ page }, use) => use(new ShareLink(page)),
  gallery: async ({ page }, use) => use(new PatternGallery(page)),
  guide: async ({ page }, use) => use(new GuidePanel(page)),
  workspace: async ({ page }, use) => use(new Workspace(page)),
  commandPalette: async ({ page }, use) => use(new CommandPalette(page)),
  installed: async ({ page }, use) => use(new InstalledApp(page)),
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads which fixtures a fixture needs from this pattern.
  serveBuild: async ({}, use) => {
    const sites: StaticSite[] = [];
    await use(async (basePath = '/') => {
      const site = await serveStaticSite('dist', basePath);
      sites.push(site);
      return site;
    });
    await Promise.all(sites.map((site) => site.close()));
  },
});

export { expect };
