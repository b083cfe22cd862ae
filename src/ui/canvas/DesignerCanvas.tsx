import { useCallback, useMemo } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { listContainerSlots } from '../../model/containers';
import { parseEntityId } from '../../model/entityId';
import { podSpecOf } from '../../model/workloads';
import { connectVolumeToContainer, dropInitContainer } from '../../store/commands/canvasCommands';
import { deleteEntities } from '../../store/commands/podCommands';
import { createGraphSelector } from '../../store/graphSelector';
import { selectCurrentWorkload, selectIsStale } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useColorScheme } from '../kit/useColorScheme';
import { minimapNodeColor, minimapNodeStroke } from './minimapColors';
import { CanvasViewControls } from './CanvasViewControls';
import { CANVAS_FIT_OPTIONS } from './canvasFit';
import { splitLaneDrops } from './laneReorders';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import { usePaletteDrop } from './usePaletteDrop';
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
      if (Object.keys(routed.dropped).length) {
        // Init containers and sidecars keep their lane: dragging one changes the run order.
        const slots = listContainerSlots(podSpecOf(selectCurrentWorkload(state)?.object ?? {}));
        const { reorders, moves } = splitLaneDrops(routed.dropped, slots, selectGraph(state).nodes);
        if (Object.keys(moves).length) state.moveNodes(moves, 'end');
        for (const reorder of reorders) dropInitContainer(store, reorder.name, reorder.toIndex);
      }
      if (routed.selection) state.select(routed.selection, 'canvas');
      if (routed.removed.length) {
        deleteEntities(store, routed.removed);
      }
    },
    [store, selectGraph],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const ends = volumeAndContainer(connection);
      if (ends) connectVolumeToContainer(store, ends.volume, ends.container);
    },
    [store],
  );
  const { onDragOver, onDrop } = usePaletteDrop(store);

  return (
    <div className="canvas" data-stale={stale || undefined}>
      <ReactFlow<DesignerNode, DesignerEdge>
        nodes={graph.nodes as DesignerNode[]}
        edges={graph.edges as DesignerEdge[]}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onChanges}
        onEdgesChange={onChanges}
        onConnect={onConnect}
        isValidConnection={(connection) => volumeAndContainer(connection) !== null}
        connectionRadius={36}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={scheme}
        fitView
        fitViewOptions={CANVAS_FIT_OPTIONS}
        minZoom={0.1}
        maxZoom={2.5}
        deleteKeyCode={['Delete', 'Backspace']}
        proOptions={{ hideAttribution: true }}
        aria-label="Pod canvas"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Overview of the pod"
          nodeColor={minimapNodeColor}
          nodeStrokeColor={minimapNodeStroke}
          nodeStrokeWidth={6}
          style={{ width: 160, height: 110 }}
        />
        <CanvasViewControls nodes={graph.nodes} />
        <PresenterFocus />
      </ReactFlow>
      {!workload && (
        <div className="canvas__empty" role="note">
          <p>
            <strong>Start a pod:</strong> drag a Container from the palette onto the canvas, or open or paste a
            Kubernetes manifest.
          </p>
        </div>
      )}
    </div>
  );
}

/** A connection between a volume and a container, whichever end the drag started from. */
function volumeAndContainer(connection: {
  source: string;
  target: string;
}): { volume: string; container: string } | null {
  const source = parseEntityId(connection.source);
  const target = parseEntityId(connection.target);
  if (source?.type === 'volume' && target?.type === 'container') return { volume: source.name, container: target.name };
  if (source?.type === 'container' && target?.type === 'volume') return { volume: target.name, container: source.name };
  return null;
}
