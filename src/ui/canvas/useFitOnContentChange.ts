import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isSubstantialChange } from '../../graph/isSubstantialChange';
import type { DesignerNode } from '../../graph/graphTypes';

export const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.1, duration: 200 } as const;

/**
 * Fits the view when the content changes substantially (a file opened, a template loaded).
 * Used by a component rendered inside <ReactFlow>, where the React Flow instance is available.
 */
export function useFitOnContentChange(nodes: readonly DesignerNode[]): void {
  const { fitView } = useReactFlow();
  const previousIds = useRef<readonly string[]>([]);
  useEffect(() => {
    const ids = nodes.filter((node) => node.type !== 'lane').map((node) => node.id);
    const refit = isSubstantialChange(previousIds.current, ids);
    previousIds.current = ids;
    if (!refit) return;
    // Wait a frame, so React Flow has measured the new nodes.
    const frame = requestAnimationFrame(() => void fitView(FIT_VIEW_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [nodes, fitView]);
}
