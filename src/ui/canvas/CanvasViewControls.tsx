import { Panel } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useDesigner } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';

/**
 * Inside <ReactFlow>: the Tidy layout and Fit view buttons (commands of the table, also in the
 * command palette and on shortcuts), and the answer to a fit request from any of them.
 */
export function CanvasViewControls({ fit }: { fit: () => () => void }) {
  const fitRequests = useDesigner((state) => state.canvasFitRequests);
  const answered = useRef(fitRequests);
  useEffect(() => {
    if (answered.current === fitRequests) return;
    answered.current = fitRequests;
    return fit();
  }, [fitRequests, fit]);
  return (
    <Panel position="top-right" className="canvas-view-controls">
      <CommandButton id="edit.tidyLayout" />
      <CommandButton id="view.fitCanvas" label="Fit view" />
    </Panel>
  );
}
