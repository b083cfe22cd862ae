import type { GetDesignerState, SetDesignerState } from './sliceTypes';
import {
  clampPanelSize,
  type DockTab,
  type LayoutMode,
  type PanelId,
  type PanelSize,
  type PanelVisibility,
  type WorkspaceLayout,
} from './workspaceLayout';

export interface LayoutState {
  /** Presenter mode: larger type, only the canvas, zoom to the selection. */
  readonly presenting: boolean;
  readonly layout: WorkspaceLayout;
  /** Counts the requests to fit the pod in view (a command asks; the canvas, which owns the view, answers). */
  readonly canvasFitRequests: number;
}

export interface LayoutActions {
  setPresenting(presenting: boolean): void;
  /** Opens or closes a panel in the current mode. */
  setPanelOpen(panel: PanelId, open: boolean): void;
  /** Shows the dock under the canvas with `tab`, or closes it (null). Leaving the lifecycle pauses it. */
  openDock(tab: DockTab | null): void;
  resizePanel(size: PanelSize, value: number): void;
  /** Asks the canvas to fit the whole pod in view. */
  requestCanvasFit(): void;
}

/** The mode whose panel visibility applies now. */
const selectLayoutMode = (state: LayoutState): LayoutMode => (state.presenting ? 'presenting' : 'normal');

/** Which side panels show now (normal and presenter mode each remember their own). */
export const selectPanelVisibility = (state: LayoutState): PanelVisibility =>
  state.layout.visible[selectLayoutMode(state)];

export const selectPanelOpen =
  (panel: PanelId) =>
  (state: LayoutState): boolean =>
    selectPanelVisibility(state)[panel];

export const selectDockTab = (state: LayoutState): DockTab | null => state.layout.dock;

/** Session state of the workspace; every change is no undo step and leaves the document alone. */
export function createLayoutSlice(
  set: SetDesignerState,
  get: GetDesignerState,
  layout: WorkspaceLayout,
): LayoutState & LayoutActions {
  const setVisibility = (panel: PanelId, open: boolean): void => {
    const state = get();
    const mode = selectLayoutMode(state);
    const current = state.layout.visible[mode];
    if (current[panel] === open) return;
    set({ layout: { ...state.layout, visible: { ...state.layout.visible, [mode]: { ...current, [panel]: open } } } });
  };
  return {
    presenting: false,
    layout,
    canvasFitRequests: 0,

    setPresenting(presenting) {
      if (get().presenting !== presenting) set({ presenting });
    },

    setPanelOpen(panel, open) {
      setVisibility(panel, open);
    },

    openDock(tab) {
      const state = get();
      if (state.layout.dock === tab) return;
      set({
        layout: { ...state.layout, dock: tab },
        // The simulation plays only while it is on screen.
        ...(state.layout.dock === 'lifecycle' ? { simulation: { ...state.simulation, playing: false } } : {}),
      });
    },

    requestCanvasFit() {
      set({ canvasFitRequests: get().canvasFitRequests + 1 });
    },

    resizePanel(size, value) {
      const state = get();
      const clamped = clampPanelSize(size, value);
      if (state.layout.sizes[size] === clamped) return;
      set({ layout: { ...state.layout, sizes: { ...state.layout.sizes, [size]: clamped } } });
    },
  };
}
