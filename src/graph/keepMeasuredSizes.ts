import { sameItems } from './sameValue';

/** A node's size as React Flow measured it on screen. */
export interface MeasuredSize {
  readonly width: number;
  readonly height: number;
}

interface MeasurableNode {
  readonly id: string;
  readonly measured?: { readonly width?: number; readonly height?: number };
}

/**
 * React Flow measures a node when it first sees it and keeps its size and handle positions as long
 * as the node objects it is given carry `measured`; a node object without it is measured again: a
 * ResizeObserver round, handle positions read from the DOM and a store update that re-renders every
 * node and edge, each time the node's data changes (on every keystroke typed into a container's
 * image). Projection builds a fresh object for an entity whose data changed, so the keeper puts the
 * size React Flow last measured back on it, the way React Flow's own applyNodeChanges keeps it. It
 * returns the same array, and the same object per node, while nothing changed.
 */
export function createMeasuredSizeKeeper<N extends MeasurableNode>(): (
  nodes: readonly N[],
  sizeOf: (id: string) => MeasuredSize | undefined,
) => readonly N[] {
  const withSizes = new WeakMap<N, N>();
  let previous: readonly N[] = [];
  return (nodes, sizeOf) => {
    const kept = nodes.map((node) => {
      const size = node.measured ? undefined : sizeOf(node.id);
      if (!size) return node;
      const earlier = withSizes.get(node);
      const result =
        earlier?.measured?.width === size.width && earlier.measured.height === size.height
          ? earlier
          : { ...node, measured: { width: size.width, height: size.height } };
      withSizes.set(node, result);
      return result;
    });
    if (!sameItems(previous, kept)) previous = kept;
    return previous;
  };
}
