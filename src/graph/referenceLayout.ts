import { LAYOUT } from './podLayout';

/** Size of the small node of an object outside the pod. */
export const REFERENCE_NODE = { width: 230, height: 60, gap: 16, distance: 72 } as const;

/**
 * Where the `index`-th outside object goes by default: a column to the right of the pod box,
 * starting level with the pod's lanes, so its edges run left into the pod.
 * @example referencePosition(0, { x: 0, y: 0 }, 900) // { x: 972, y: 56 }
 */
export function referencePosition(
  index: number,
  podPosition: { readonly x: number; readonly y: number },
  podWidth: number,
): { x: number; y: number } {
  return {
    x: podPosition.x + podWidth + REFERENCE_NODE.distance,
    y: podPosition.y + LAYOUT.podHeader + index * (REFERENCE_NODE.height + REFERENCE_NODE.gap),
  };
}
