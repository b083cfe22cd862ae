import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';
import { selectDockTab, selectPanelOpen, selectPanelVisibility } from './layoutSlice';
import { defaultWorkspaceLayout, PANEL_SIZE_LIMITS } from './workspaceLayout';

const POD = 'apiVersion: v1\nkind: Pod\n';
const withPod = () => createDesignerStore({ text: POD, positions: {}, workloadRef: null });

describe('presenter mode state', () => {
  it('is session state: toggling it is no undo step and leaves the document alone', () => {
    const store = withPod();
    expect(store.getState().presenting).toBe(false);
    store.getState().setPresenting(true);
    expect(store.getState().presenting).toBe(true);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().presenting).toBe(true);
    store.getState().setPresenting(false);
    expect(store.getState().presenting).toBe(false);
  });

  it('does not notify subscribers when set to the value it has', () => {
    const store = createDesignerStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().setPresenting(false);
    store.getState().setPanelOpen('palette', true);
    store.getState().openDock(null);
    expect(notified).toBe(0);
  });
});

describe('the workspace layout', () => {
  it('opens with palette, inspector and editor, and presents with the canvas alone', () => {
    const store = withPod();
    expect(selectPanelVisibility(store.getState())).toEqual({
      palette: true,
      inspector: true,
      yaml: true,
      guide: true,
    });
    expect(selectDockTab(store.getState())).toBeNull();
    store.getState().setPresenting(true);
    expect(selectPanelVisibility(store.getState())).toEqual({
      palette: false,
      inspector: false,
      yaml: false,
      guide: false,
    });
  });

  it('remembers the side panels of each mode apart, so presenting and back restores the working layout', () => {
    const store = withPod();
    store.getState().setPanelOpen('inspector', false);
    store.getState().setPresenting(true);
    store.getState().setPanelOpen('palette', true);
    expect(selectPanelOpen('palette')(store.getState())).toBe(true);
    store.getState().setPresenting(false);
    expect(selectPanelOpen('inspector')(store.getState())).toBe(false);
    expect(selectPanelOpen('palette')(store.getState())).toBe(true);
    store.getState().setPresenting(true);
    expect(selectPanelOpen('inspector')(store.getState())).toBe(false);
    expect(selectPanelOpen('yaml')(store.getState())).toBe(false);
  });

  it('keeps the dock under the canvas as it is across modes: a lifecycle opened while presenting stays open', () => {
    const store = withPod();
    store.getState().setPresenting(true);
    store.getState().openDock('lifecycle');
    store.getState().setPresenting(false);
    expect(selectDockTab(store.getState())).toBe('lifecycle');
  });

  it('resizes panels within their limits, and records no undo step', () => {
    const store = withPod();
    store.getState().resizePanel('sideWidth', 10_000);
    expect(store.getState().layout.sizes.sideWidth).toBe(PANEL_SIZE_LIMITS.sideWidth.max);
    store.getState().resizePanel('paletteWidth', 10);
    expect(store.getState().layout.sizes.paletteWidth).toBe(PANEL_SIZE_LIMITS.paletteWidth.min);
    store.getState().resizePanel('inspectorShare', 0.3333333);
    expect(store.getState().layout.sizes.inspectorShare).toBe(0.333);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('starts from the layout an earlier visit left', () => {
    const layout = defaultWorkspaceLayout(1280);
    const saved = { ...layout, visible: { ...layout.visible, normal: { ...layout.visible.normal, yaml: false } } };
    const store = createDesignerStore(undefined, { session: { layout: saved } });
    expect(selectPanelOpen('yaml')(store.getState())).toBe(false);
  });
});

describe('default sizes', () => {
  it('leave the canvas at least 55% of a 1440-pixel window and half of a 1280-pixel projector', () => {
    for (const [width, share] of [
      [1440, 0.55],
      [1280, 0.5],
    ] as const) {
      const { sizes } = defaultWorkspaceLayout(width);
      const splitters = 2 * 6;
      expect(width - sizes.paletteWidth - sizes.sideWidth - splitters, `at ${width}`).toBeGreaterThanOrEqual(
        width * share,
      );
    }
  });
});
