/**
 * "Fit view" as React Flow computes it (getViewportForBounds in @xyflow/system), so the layout
 * and its tests know the zoom a picture will be shown at: the bounds scaled to fill the pane less
 * a fixed padding on every side, never beyond `FIT_VIEW.maxZoom`.
 */
export const FIT_VIEW = { paddingPx: 24, maxZoom: 1.1, minZoom: 0.05 } as const;

/** The padding in React Flow's option format. */
export const FIT_VIEW_PADDING = `${FIT_VIEW.paddingPx}px` as const;

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The canvas panes the layout is tuned for: with nothing selected, the canvas takes at least 55%
 * of a 1440×900 window (about 790×800) and 50% of a 1280×800 projector (about 640×700).
 */
export const TARGET_PANES = {
  desktop: { width: 790, height: 800 },
  projector: { width: 640, height: 700 },
} as const satisfies Record<string, PaneSize>;

/** The pane the automatic layout chooses its grid for: the projector's, the tighter one. */
export const LAYOUT_PANE: PaneSize = TARGET_PANES.projector;

/** @example fittedZoom({ x: 0, y: 0, width: 1000, height: 500 }, { width: 648, height: 800 }) // 0.6 */
export function fittedZoom(bounds: { readonly width: number; readonly height: number }, pane: PaneSize): number {
  const zoom = Math.min(
    (pane.width - 2 * FIT_VIEW.paddingPx) / Math.max(1, bounds.width),
    (pane.height - 2 * FIT_VIEW.paddingPx) / Math.max(1, bounds.height),
  );
  return Math.min(FIT_VIEW.maxZoom, Math.max(FIT_VIEW.minZoom, zoom));
}
