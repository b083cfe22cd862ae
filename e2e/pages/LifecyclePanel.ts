import type { Locator, Page } from '@playwright/test';

/** The Lifecycle panel under the canvas: playback, the container timeline, events. */
export class LifecyclePanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Lifecycle' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('main', { name: 'Pod canvas' }).getByRole('button', { name: 'Lifecycle' }).click();
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  get podStatus(): Locator {
    return this.root.getByRole('status');
  }

  get speed(): Locator {
    return this.root.getByRole('combobox', { name: 'Speed' });
  }

  get timeSlider(): Locator {
    return this.root.getByRole('slider', { name: 'Time' });
  }

  /** Moves the time cursor to `seconds` (the slider, as a person drags it). */
  async seek(seconds: number): Promise<void> {
    await this.timeSlider.fill(String(seconds));
  }

  /** The events shown so far, oldest first (the panel lists them newest first). */
  async eventTexts(): Promise<string[]> {
    return (await this.events.getByRole('listitem').allInnerTexts()).reverse();
  }

  get events(): Locator {
    return this.root.getByRole('list', { name: 'Events' });
  }

  row(container: string): Locator {
    return this.root.getByRole('row', { name: container, exact: true });
  }

  /** The container's state at the cursor, as text ("Running", "CrashLoopBackOff (back-off 10 s) · 2 restarts"). */
  state(container: string): Locator {
    return this.row(container).getByTestId('container-state');
  }

  whatIf(container: string): Locator {
    return this.root.getByRole('combobox', { name: `What if ${container}` });
  }
}
