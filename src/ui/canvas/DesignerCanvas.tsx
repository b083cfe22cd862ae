import { useCallback, useMemo } from 'react';
import { Background, Controls, MiniMap, ReactFlow, type EdgeChange, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { deleteEntities } from '../../store/podCommands';
import { createGraphSelector } from '../../store/graphSelector';
import { selectCurrentWorkload, selectIsStale } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useColorScheme } from '../kit/useColorScheme';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import { PresenterFocus } from './PresenterFocus';
import { routeCanvasChanges } from './routeCanvasChanges';
import type { DesignerEdge, DesignerNode } from '../../graph/graphTypes';

/**
 * The pod canvas: a controlled React Flow view of the document. Nodes and edges are projected
 * from the store; React Flow's changes go back as view-state updates or model operations.
 */
export function DesignerCanvas() {
  const store = useDesignerStore();
  const workload = useDesigner(selectCurrentWorkload);
  const stale = useDesigner(selectIsStale);
  const scheme = useColorScheme();
  const selectGraph = useMemo(() => createGraphSelector(), []);
  const graph = useDesigner(selectGraph);

  const onChanges = useCallback(
    (changes: readonly (NodeChange<DesignerNode> | EdgeChange<DesignerEdge>)[]) => {
      const state = store.getState();
      const routed = routeCanvasChanges(changes, state.selection.ids);
      if (Object.keys(routed.measured).length) state.setMeasured(routed.measured);
      if (Object.keys(routed.dragging).length) state.moveNodes(routed.dragging, 'drag');
      if (Object.keys(routed.dropped).length) state.moveNodes(routed.dropped, 'end');
      if (routed.selection) state.select(routed.selection, 'canvas');
      if (routed.removed.length) {
        deleteEntities(store, routed.removed);
      }
    },
    [store],
  );

  return (
    <div className="canvas" data-stale={stale || undefined}>
      <ReactFlow<DesignerNode, DesignerEdge>
        nodes={graph.nodes as DesignerNode[]}
        edges={graph.edges as DesignerEdge[]}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onChanges}
        onEdgesChange={onChanges}
        colorMode={scheme}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
        minZoom={0.1}
        maxZoom={2.5}
        deleteKeyCode={['Delete', 'Backspace']}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        aria-label="Pod canvas"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        <MiniMap pannable zoomable ariaLabel="Overview of the pod" />
        <PresenterFocus />
      </ReactFlow>
      {!workload && (
        <div className="canvas__empty" role="note">
          <p>
            <strong>Start a pod:</strong> drag a Container from the palette onto the canvas, or open or paste a Kubernetes manifest.
          </p>
        </div>
      )}
    </div>
  );
}
