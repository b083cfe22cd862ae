import type { Locator, Page } from '@playwright/test';

/** The pod canvas (React Flow). */
export class Canvas {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Pod canvas' });
  }

  /** A container node by its accessible name: "Container web", "Init container setup", "Sidecar log". */
  node(label: string): Locator {
    return this.root.locator(`.react-flow__node[aria-label="${label}"]`);
  }

  get podTitle(): Locator {
    return this.root.locator('.pod-node__name');
  }

  get staleBadge(): Locator {
    return this.root.getByText(/stale/);
  }

  containerNames(): Promise<string[]> {
    return this.root.locator('.container-node__name').allInnerTexts();
  }
}
