import { Panel } from '@xyflow/react';
import { useDesignerStore } from '../app/DesignerStoreContext';

/** Inside <ReactFlow>: "Tidy layout" (automatic positions again, one undo step) and "Fit view". */
export function CanvasViewControls({ fit }: { fit: () => void }) {
  const store = useDesignerStore();
  const tidy = () => {
    store.getState().resetPositions();
    fit();
  };
  return (
    <Panel position="top-right" className="canvas-view-controls">
      <button type="button" onClick={tidy} title="Put every node back in the automatic layout (one undo step)">
        Tidy layout
      </button>
      <button type="button" onClick={fit} title="Show the whole pod">
        Fit view
      </button>
    </Panel>
  );
}
