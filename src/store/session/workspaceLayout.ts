/**
 * The workspace layout: which panels are open and how large they are. Session state (never in the
 * document, never undone), remembered across reloads. Normal and presenter mode each remember
 * which panels they show, so presenting and back restores the working layout exactly.
 */

/** Panels that collapse and expand. The guide is the template or exercise explanation above the canvas. */
export type PanelId = 'palette' | 'inspector' | 'yaml' | 'guide';

/** What the dock under the canvas shows. */
export type DockTab = 'problems' | 'lifecycle';

export type LayoutMode = 'normal' | 'presenting';

export interface PanelVisibility {
  readonly palette: boolean;
  readonly inspector: boolean;
  readonly yaml: boolean;
  /** The guide's explanation is expanded (collapsed it is one line with its title). */
  readonly guide: boolean;
}

/** Sizes in CSS pixels, except the inspector's share of the side column (0–1). */
interface PanelSizes {
  readonly paletteWidth: number;
  readonly sideWidth: number;
  readonly inspectorShare: number;
  readonly dockHeight: number;
}

export type PanelSize = keyof PanelSizes;

export interface WorkspaceLayout {
  readonly visible: Readonly<Record<LayoutMode, PanelVisibility>>;
  /** The dock under the canvas (the same in both modes: a lifecycle opened while presenting stays open), or null. */
  readonly dock: DockTab | null;
  readonly sizes: PanelSizes;
}

/** Smallest and largest size of each panel; the canvas always keeps at least its minimum. */
export const PANEL_SIZE_LIMITS: Readonly<Record<PanelSize, { readonly min: number; readonly max: number }>> = {
  paletteWidth: { min: 150, max: 320 },
  sideWidth: { min: 300, max: 900 },
  inspectorShare: { min: 0.15, max: 0.85 },
  dockHeight: { min: 140, max: 700 },
};

/**
 * The layout of a first visit: palette, inspector and editor open in normal mode, sized so the
 * canvas keeps most of the width (55% of a 1440-pixel window, 50% of a 1280-pixel projector);
 * in presenter mode only the canvas, with the explanation collapsed.
 */
export function defaultWorkspaceLayout(windowWidth = 1440): WorkspaceLayout {
  return {
    visible: {
      normal: { palette: true, inspector: true, yaml: true, guide: true },
      presenting: { palette: false, inspector: false, yaml: false, guide: false },
    },
    dock: null,
    sizes: {
      paletteWidth: 208,
      sideWidth: Math.round(Math.min(560, Math.max(PANEL_SIZE_LIMITS.sideWidth.min, windowWidth * 0.29))),
      inspectorShare: 0.42,
      dockHeight: 280,
    },
  };
}

export function clampPanelSize(size: PanelSize, value: number): number {
  const { min, max } = PANEL_SIZE_LIMITS[size];
  const clamped = Math.min(max, Math.max(min, value));
  return size === 'inspectorShare' ? Math.round(clamped * 1000) / 1000 : Math.round(clamped);
}

/** A layout read back from storage, with every missing or broken field taken from the default. */
export function sanitizeWorkspaceLayout(saved: unknown, fallback: WorkspaceLayout): WorkspaceLayout {
  if (typeof saved !== 'object' || saved === null) return fallback;
  const { visible, dock, sizes } = saved as Partial<Record<keyof WorkspaceLayout, unknown>>;
  const modes = (typeof visible === 'object' && visible !== null ? visible : {}) as Partial<
    Record<LayoutMode, unknown>
  >;
  const savedSizes = (typeof sizes === 'object' && sizes !== null ? sizes : {}) as Partial<Record<PanelSize, unknown>>;
  const sizeOf = (size: PanelSize): number => {
    const value = savedSizes[size];
    return typeof value === 'number' && Number.isFinite(value) ? clampPanelSize(size, value) : fallback.sizes[size];
  };
  return {
    visible: {
      normal: sanitizeVisibility(modes.normal, fallback.visible.normal),
      presenting: sanitizeVisibility(modes.presenting, fallback.visible.presenting),
    },
    dock: dock === 'problems' || dock === 'lifecycle' ? dock : null,
    sizes: {
      paletteWidth: sizeOf('paletteWidth'),
      sideWidth: sizeOf('sideWidth'),
      inspectorShare: sizeOf('inspectorShare'),
      dockHeight: sizeOf('dockHeight'),
    },
  };
}

function sanitizeVisibility(saved: unknown, fallback: PanelVisibility): PanelVisibility {
  if (typeof saved !== 'object' || saved === null) return fallback;
  const value = saved as Partial<Record<keyof PanelVisibility, unknown>>;
  const flag = (panel: PanelId): boolean =>
    typeof value[panel] === 'boolean' ? (value[panel] as boolean) : fallback[panel];
  return {
    palette: flag('palette'),
    inspector: flag('inspector'),
    yaml: flag('yaml'),
    guide: flag('guide'),
  };
}
