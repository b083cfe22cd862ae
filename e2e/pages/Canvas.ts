import { expect, type Locator, type Page } from '@playwright/test';

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

  // ---- canvas editing (drag and drop, connections, node actions) ----

  /** A lane of the pod by its title: "Init containers", "Sidecars", "App containers". */
  lane(title: string): Locator {
    return this.root.locator('.lane-node', { hasText: title });
  }

  /** Picks a palette item up and holds it over `target`, without dropping it (the mouse stays down). */
  async holdPaletteItemOver(item: Locator, target: Locator): Promise<void> {
    const from = await item.boundingBox();
    if (!from) throw new Error('the palette item is not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    const to = await target.boundingBox();
    if (!to) throw new Error('the drop target is not on screen');
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  }

  /** The empty canvas around the pod. */
  get pane(): Locator {
    return this.root.locator('.react-flow__pane');
  }

  /** A mount or other edge by its accessible name: "cache mounted in web at /mnt/cache". */
  edge(label: string): Locator {
    return this.root.locator(`.react-flow__edge[aria-label="${label}"]`);
  }

  /** Drags a palette item onto a node, or onto the empty canvas near its top-left corner. */
  async dropPaletteItem(item: Locator, target?: Locator): Promise<void> {
    if (target) await item.dragTo(target);
    else {
      // The middle of the left edge: the corners hold the outline, view and zoom controls and the minimap.
      const box = await this.pane.boundingBox();
      await item.dragTo(this.pane, { targetPosition: { x: 24, y: Math.round((box?.height ?? 400) / 2) } });
    }
  }

  /** Drags from a volume's mount handle to a container's mount handle, as a person connects them. */
  async connectVolume(volume: string, containerLabel: string): Promise<void> {
    const from = this.node(`Volume ${volume}`).locator('.react-flow__handle[data-handleid="mount"]');
    const to = this.node(containerLabel).locator('.react-flow__handle[data-handleid="mounts"]');
    await this.dragBetween(from, to);
  }

  /** Drags a node by its title by (dx, dy) screen pixels, in small steps like a hand. */
  async dragNode(label: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(label).locator('.container-node__name').boundingBox();
    if (!box) throw new Error(`node ${label} is not on screen`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 8 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }

  /** The role (lane) chooser inside a container node. */
  roleSelect(containerName: string): Locator {
    return this.root.getByRole('combobox', { name: `Role of ${containerName}` });
  }

  duplicateButton(containerName: string): Locator {
    return this.root.getByRole('button', { name: `Duplicate ${containerName}`, exact: true });
  }

  /** Top-left corner of a node on screen. */
  async nodeTopLeft(label: string): Promise<{ x: number; y: number }> {
    const box = await this.node(label).boundingBox();
    if (!box) throw new Error(`node ${label} is not on screen`);
    return { x: Math.round(box.x), y: Math.round(box.y) };
  }

  /** Selects an edge with the keyboard (focus, Enter) and deletes it. */
  async deleteEdge(label: string): Promise<void> {
    const edge = this.edge(label);
    await edge.focus();
    await this.page.keyboard.press('Enter');
    await expect(edge).toHaveClass(/selected/);
    await this.page.keyboard.press('Delete');
  }

  private async dragBetween(from: Locator, to: Locator): Promise<void> {
    const start = await from.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error('drag ends are not on screen');
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2 + 10, { steps: 12 });
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 4 });
    await this.page.mouse.up();
  }
}
