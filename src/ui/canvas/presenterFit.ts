import type { FitViewOptions } from '@xyflow/react';

/** The smallest size a container's name may have on a projector, in screen pixels. */
const PRESENTER_NAME_PX = 16;

/**
 * How the canvas fits in presenter mode: as large as fits, but never so small that a container's
 * name drops under 16 screen pixels (its font size × the zoom). A pod too large for that is shown
 * from its middle at that zoom; the presenter pans to the rest.
 */
export function presenterFitOptions(canvas: Element | null): FitViewOptions {
  const name = canvas?.querySelector('.container-node__name');
  const fontPx = name ? Number.parseFloat(getComputedStyle(name).fontSize) : PRESENTER_NAME_PX;
  const minZoom = PRESENTER_NAME_PX / (fontPx > 0 ? fontPx : PRESENTER_NAME_PX);
  return { padding: 0.06, minZoom, maxZoom: Math.max(1.5, minZoom) };
}
