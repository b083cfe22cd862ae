import type { Node } from '@xyflow/react';
import { useMemo } from 'react';
import { createMeasuredSizeKeeper } from '../../graph/keepMeasuredSizes';
import { useDesigner } from '../app/DesignerStoreContext';

/**
 * The nodes to give React Flow: the projected ones, each carrying the size React Flow measured for
 * it (the store's `measured`, which the canvas's dimension changes fill), so that a node whose data
 * changed is not measured again (see createMeasuredSizeKeeper).
 */
export function useMeasuredNodes<N extends Node>(nodes: readonly N[]): N[] {
  const measured = useDesigner((state) => state.measured);
  const keep = useMemo(() => createMeasuredSizeKeeper<N>(), []);
  return useMemo(() => keep(nodes, (id) => measured[id]) as N[], [nodes, measured, keep]);
}
