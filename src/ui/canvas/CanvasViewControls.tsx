import { Panel } from '@xyflow/react';
import type { DesignerNode } from '../../graph/graphTypes';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useFitOnContentChange } from './useFitOnContentChange';

/** Inside <ReactFlow>: fits the view when a new design appears, and the "Tidy layout" button. */
export function CanvasViewControls({ nodes }: { nodes: readonly DesignerNode[] }) {
  const store = useDesignerStore();
  const fit = useFitOnContentChange(nodes);
  const tidy = () => {
    store.getState().resetPositions();
    fit();
  };
  return (
    <Panel position="top-right" className="canvas-view-controls">
      <button type="button" onClick={tidy} title="Put every node back in the automatic layout (one undo step)">
        Tidy layout
      </button>
      <button type="button" onClick={() => fit()} title="Show the whole pod">
        Fit view
      </button>
    </Panel>
  );
}
