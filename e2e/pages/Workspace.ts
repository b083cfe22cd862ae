import { expect, type Locator, type Page } from '@playwright/test';

type PanelName = 'Palette' | 'Inspector' | 'YAML editor';

/** The panels around the canvas: their toolbar toggles, hide buttons, splitters, and the canvas's size. */
export class Workspace {
  constructor(readonly page: Page) {}

  /** The toolbar's toggle of a side panel (pressed while the panel shows). */
  toggle(name: PanelName): Locator {
    return this.page.getByRole('toolbar', { name: 'Pod Designer' }).getByRole('button', { name, exact: true });
  }

  panel(name: PanelName): Locator {
    if (name === 'YAML editor') return this.page.getByRole('region', { name: 'YAML', exact: true });
    return this.page.getByRole('complementary', { name, exact: true });
  }

  /** The button in a panel's header that hides it ("Hide palette"). */
  hideButton(name: PanelName): Locator {
    const noun = name === 'YAML editor' ? 'YAML editor' : name.toLowerCase();
    return this.panel(name).getByRole('button', { name: `Hide ${noun}`, exact: true });
  }

  splitter(label: string): Locator {
    return this.page.getByRole('separator', { name: label, exact: true });
  }

  async expectShown(name: PanelName, shown: boolean): Promise<void> {
    if (shown) await expect(this.panel(name)).toBeVisible();
    else await expect(this.panel(name)).toBeHidden();
    await expect(this.toggle(name)).toHaveAttribute('aria-pressed', String(shown));
  }

  /** The canvas region (the picture, the guide above it), as a share of the window's width. */
  async canvasWidthShare(): Promise<number> {
    const box = await this.page.getByRole('main', { name: 'Pod canvas' }).boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) throw new Error('the canvas is not on screen');
    return box.width / viewport.width;
  }

  /** The drawing surface (React Flow), as a share of the window's area. */
  async drawingAreaShare(): Promise<number> {
    const box = await this.page.getByRole('main', { name: 'Pod canvas' }).locator('.react-flow').boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) throw new Error('the canvas is not on screen');
    return (box.width * box.height) / (viewport.width * viewport.height);
  }

  /** The canvas's pan and zoom (React Flow's viewport transform): unchanged means no refit. */
  viewportTransform(): Promise<string> {
    return this.page.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform);
  }

  /** The nodes not wholly on the canvas (their accessible names): none, once the pod is fitted in view. */
  nodesOutsideCanvas(): Promise<string[]> {
    return this.page.locator('.react-flow').evaluate((canvas) => {
      const frame = canvas.getBoundingClientRect();
      return [...canvas.querySelectorAll('.react-flow__node')].flatMap((node) => {
        const box = node.getBoundingClientRect();
        const inside =
          box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
        return inside ? [] : [node.getAttribute('aria-label') ?? node.id];
      });
    });
  }

  /**
   * Each container name's size on screen, in pixels: its font size times the canvas zoom, as a
   * person at the projector sees it.
   */
  renderedNameSizes(): Promise<number[]> {
    return this.page.locator('.container-node__name').evaluateAll((names) => {
      const viewport = document.querySelector('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 1;
      return names.map((name) => Number.parseFloat(getComputedStyle(name).fontSize) * zoom);
    });
  }
}
