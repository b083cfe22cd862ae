import { Panel } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { DesignerNode } from '../../graph/graphTypes';
import { useDesigner } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import { useFitOnContentChange } from './useFitOnContentChange';

/**
 * Inside <ReactFlow>: fits the view when a new design appears or a command asks for it (Fit view,
 * Tidy layout, from these buttons, the command palette or a shortcut).
 */
export function CanvasViewControls({ nodes }: { nodes: readonly DesignerNode[] }) {
  // The fit closes over React Flow's stable functions and refs only: the first one serves every request.
  const fit = useRef(useFitOnContentChange(nodes));
  const fitRequests = useDesigner((state) => state.canvasFitRequests);
  const answered = useRef(fitRequests);
  useEffect(() => {
    if (answered.current === fitRequests) return;
    answered.current = fitRequests;
    const frame = fit.current();
    return () => cancelAnimationFrame(frame);
  }, [fitRequests]);
  return (
    <Panel position="top-right" className="canvas-view-controls">
      <CommandButton id="edit.tidyLayout" />
      <CommandButton id="view.fitCanvas" label="Fit view" />
    </Panel>
  );
}
