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

/** The pane the automatic layout chooses its grid for when it does not know the canvas: the projector's. */
export const LAYOUT_PANE: PaneSize = TARGET_PANES.projector;

/** Shapes of canvas the layout adapts to (width ÷ height), from a tall column to a wide projector. */
const LAYOUT_ASPECTS = [0.5, 0.7, 0.85, 1, 1.2, 1.45, 1.75, 2.1, 2.5] as const;
const LAYOUT_PANES: readonly PaneSize[] = LAYOUT_ASPECTS.map((aspect) =>
  Object.freeze({ width: Math.round(700 * aspect), height: 700 }),
);

/**
 * The pane the layout should fill, for a canvas of this size: one of a few shapes, so resizing a
 * panel re-arranges the pod only when the canvas's shape really changes. The same object for the
 * same shape (callers may compare by identity).
 * @example layoutPaneFor(790, 800) // { width: 700, height: 700 }
 */
export function layoutPaneFor(width: number, height: number): PaneSize {
  if (width <= 0 || height <= 0) return LAYOUT_PANE;
  const aspect = width / height;
  let nearest = 0;
  for (let index = 1; index < LAYOUT_ASPECTS.length; index++)
    if (Math.abs(Math.log(LAYOUT_ASPECTS[index]! / aspect)) < Math.abs(Math.log(LAYOUT_ASPECTS[nearest]! / aspect)))
      nearest = index;
  return LAYOUT_PANES[nearest]!;
}

/** @example fittedZoom({ x: 0, y: 0, width: 1000, height: 500 }, { width: 648, height: 800 }) // 0.6 */
export function fittedZoom(bounds: { readonly width: number; readonly height: number }, pane: PaneSize): number {
  const zoom = Math.min(
    (pane.width - 2 * FIT_VIEW.paddingPx) / Math.max(1, bounds.width),
    (pane.height - 2 * FIT_VIEW.paddingPx) / Math.max(1, bounds.height),
  );
  return Math.min(FIT_VIEW.maxZoom, Math.max(FIT_VIEW.minZoom, zoom));
}
