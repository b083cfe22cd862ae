import type { ReactFlowState } from '@xyflow/react';

/**
 * Whether part of the design lies outside the visible canvas (the user zoomed in or panned):
 * only then does the overview help find the rest, so only then is it shown. Read as one boolean,
 * so panning re-renders the canvas only when the answer changes.
 */
export function selectContentOffScreen(state: ReactFlowState): boolean {
  const [x, y, zoom] = state.transform;
  // A few pixels of slack: the view "fit view" makes has content right at its padding.
  const slack = 4;
  for (const node of state.nodeLookup.values()) {
    const { x: left, y: top } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    if (
      left * zoom + x < -slack ||
      top * zoom + y < -slack ||
      (left + width) * zoom + x > state.width + slack ||
      (top + height) * zoom + y > state.height + slack
    )
      return true;
  }
  return false;
}
