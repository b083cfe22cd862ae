import type { FitViewOptions } from '@xyflow/react';
import { type Density, minZoomForNameSize } from '../../graph/canvasMetrics';
import { FIT_VIEW, FIT_VIEW_PADDING } from '../../graph/fitZoom';

/** The smallest size a container's name may have on a projector, in screen pixels. */
const PRESENTER_NAME_PX = 16;

/** Room the fitted pod leaves around it: the canvas header's height at the top, a margin elsewhere. */
function paddingWith(margin: number | `${number}px`): FitViewOptions['padding'] {
  return { top: '56px', right: margin, bottom: margin, left: margin };
}

/**
 * How the canvas fits the pod when working: all of it in view with the padding the layout plans
 * for (graph/fitZoom), never blown up past 110%.
 */
export const CANVAS_FIT_OPTIONS = {
  padding: paddingWith(FIT_VIEW_PADDING),
  maxZoom: FIT_VIEW.maxZoom,
} as const satisfies FitViewOptions;

/**
 * How the canvas fits in presenter mode: as large as fits, but never so small that a container's
 * name drops under 16 screen pixels (its font size at that zoom's level of detail × the zoom). A
 * pod too large for that is shown from its middle at that zoom; the presenter pans to the rest.
 */
export function presenterFitOptions(canvas: Element | null): FitViewOptions {
  const density: Density = canvas?.closest('.canvas--compact') ? 'compact' : 'regular';
  const minZoom = minZoomForNameSize(density, PRESENTER_NAME_PX);
  // The bottom leaves room for the step-by-step reveal bar that floats there while presenting.
  return {
    padding: { top: '56px', right: 0.04, bottom: '88px', left: 0.04 },
    minZoom,
    maxZoom: Math.max(1.5, minZoom),
  };
}
