import type { FitViewOptions } from '@xyflow/react';
import { type Density, minZoomForNameSize } from '../../graph/canvasMetrics';
import { FIT_VIEW, FIT_VIEW_PADDING } from '../../graph/fitZoom';

/** The smallest size a container's name may have on a projector, in screen pixels. */
const PRESENTER_NAME_PX = 16;

/** The canvas header's top offset plus the gap the fitted pod keeps under it, in screen pixels. */
const HEADER_TOP_AND_GAP = 24;
/** The header's height when it is one row of 32 px controls (or not yet drawn). */
const ONE_ROW_HEADER = 32;

/**
 * Room the fitted pod leaves around it: the canvas header's height at the top (two rows when a
 * narrow canvas wraps it), `margin` elsewhere, and `bottom` when something floats at the foot.
 */
function paddingWith(
  margin: number | `${number}px`,
  header: Element | null,
  bottom: number | `${number}px` = margin,
): FitViewOptions['padding'] {
  const height = Math.max(ONE_ROW_HEADER, header?.getBoundingClientRect().height ?? 0);
  return { top: `${Math.round(height + HEADER_TOP_AND_GAP)}px`, right: margin, bottom, left: margin };
}

/**
 * How the canvas fits the pod when working, before the header is drawn: all of it in view with
 * the padding the layout plans for (graph/fitZoom), never blown up past 110%.
 */
export const CANVAS_FIT_OPTIONS = {
  padding: paddingWith(FIT_VIEW_PADDING, null),
  maxZoom: FIT_VIEW.maxZoom,
} as const satisfies FitViewOptions;

/**
 * How the canvas `.react-flow` fits now: as {@link CANVAS_FIT_OPTIONS} under the header as drawn,
 * or in presenter mode as large as fits, but never so small that a container's name drops under
 * 16 screen pixels (its font size at that zoom's level of detail × the zoom). A pod too large for
 * that is shown from its middle at that zoom; the presenter pans to the rest.
 */
export function currentFitOptions(presenting: boolean): FitViewOptions {
  const canvas = document.querySelector('.react-flow');
  const header = document.querySelector('.canvas-header');
  if (!presenting) return { ...CANVAS_FIT_OPTIONS, padding: paddingWith(FIT_VIEW_PADDING, header) };
  const density: Density = canvas?.closest('.canvas--compact') ? 'compact' : 'regular';
  const minZoom = minZoomForNameSize(density, PRESENTER_NAME_PX);
  // The bottom leaves room for the step-by-step reveal bar that floats there while presenting.
  return { padding: paddingWith(0.04, header, '88px'), minZoom, maxZoom: Math.max(1.5, minZoom) };
}
