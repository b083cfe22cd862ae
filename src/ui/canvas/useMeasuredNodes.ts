import { type Node, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import { createMeasuredSizeKeeper } from '../../graph/keepMeasuredSizes';

/**
 * The nodes to give React Flow: the projected ones, each carrying the size React Flow measured for
 * it, so that a node whose data changed is not measured again (see createMeasuredSizeKeeper).
 * Inside a ReactFlowProvider.
 */
export function useMeasuredNodes<N extends Node>(nodes: readonly N[]): N[] {
  const flow = useStoreApi<N>();
  const keep = useMemo(() => createMeasuredSizeKeeper<N>(), []);
  return useMemo(() => {
    const { nodeLookup } = flow.getState();
    return keep(nodes, (id) => {
      const size = nodeLookup.get(id)?.measured;
      return size?.width !== undefined && size.height !== undefined
        ? { width: size.width, height: size.height }
        : undefined;
    }) as N[];
  }, [nodes, flow, keep]);
}
