import {
  Background,
  type Connection,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type ReactFlowState,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { type MouseEvent, useCallback, useMemo } from 'react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { detailLevelAt } from '../../graph/canvasMetrics';
import { FIT_VIEW, layoutPaneFor } from '../../graph/fitZoom';
import type { DesignerEdge, DesignerNode, PodNode } from '../../graph/graphTypes';
import type { CanvasChange } from '../../graph/routeCanvasChanges';
import { parseEntityId } from '../../model/entityId';
import { applyCanvasChanges } from '../../store/canvasChanges';
import { connectVolumeToContainer } from '../../store/commands/canvasCommands';
import { createGraphSelector } from '../../store/graphSelector';
import { selectCurrentWorkload, selectIsStale } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useColorScheme } from '../kit/useColorScheme';
import { CanvasViewControls } from './CanvasViewControls';
import { CANVAS_FIT_OPTIONS } from './canvasFit';
import { canvasCssVariables } from './canvasCssVariables';
import { minimapNodeColor, minimapNodeStroke } from './minimapColors';
import { EDGE_TYPES, NODE_TYPES } from './nodeTypes';
import { useCommitTiming } from './useCommitTiming';
import { PresenterFocus } from './PresenterFocus';
import { selectContentOffScreen } from './selectContentOffScreen';
import { usePaletteDragLane } from './usePaletteDragLane';
import { useFitOnContentChange } from './useFitOnContentChange';
import { usePaletteDrop } from './usePaletteDrop';
import { useMeasuredNodes } from './useMeasuredNodes';

/** The zoom bucket, read once for the whole canvas: nodes never subscribe to the zoom themselves. */
const selectDetailLevel = (state: ReactFlowState) => detailLevelAt(state.transform[2]);
/** The canvas's shape, which the layout fills (the same object while the shape stays). */
const selectLayoutPane = (state: ReactFlowState) => layoutPaneFor(state.width, state.height);

/**
 * The pod canvas: a controlled React Flow view of the document. Nodes and edges are projected
 * from the store; React Flow's changes go back as view-state updates or model operations.
 */
export function DesignerCanvas() {
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}

function CanvasView() {
  const store = useDesignerStore();
  const workload = useDesigner(selectCurrentWorkload);
  const stale = useDesigner(selectIsStale);
  const scheme = useColorScheme();
  const openLane = usePaletteDragLane();
  const pane = useStore(selectLayoutPane);
  const selectGraph = useMemo(() => createGraphSelector(), []);
  const graph = useDesigner(useCallback((state) => selectGraph(state, openLane, pane), [selectGraph, openLane, pane]));
  useCommitTiming(store, graph);
  const detail = useStore(selectDetailLevel);
  const contentOffScreen = useStore(selectContentOffScreen);
  const density = (graph.nodes[0] as PodNode | undefined)?.data.density ?? 'regular';
  const { setCenter, getZoom } = useReactFlow();
  const { fit, onMoveStart } = useFitOnContentChange(graph.nodes);
  const nodes = useMeasuredNodes(graph.nodes as DesignerNode[]);

  const onChanges = useCallback(
    (changes: readonly CanvasChange[]) =>
      applyCanvasChanges(store, changes, selectGraph(store.getState(), openLane, pane).nodes),
    [store, selectGraph, openLane, pane],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      const ends = volumeAndContainer(connection);
      if (ends) connectVolumeToContainer(store, ends.volume, ends.container);
    },
    [store],
  );
  // A click on the overview brings that part of the pod to the middle, at the current zoom.
  const onMinimapClick = useCallback(
    (_event: MouseEvent, position: { x: number; y: number }) =>
      void setCenter(position.x, position.y, { zoom: getZoom(), duration: 200 }),
    [setCenter, getZoom],
  );
  const { onDragOver, onDrop } = usePaletteDrop(store);
  const style = useMemo(() => canvasCssVariables(density), [density]);

  return (
    <div
      className={`canvas canvas--${density} canvas--${detail}`}
      style={style}
      data-stale={stale || undefined}
      data-detail={detail}
    >
      <ReactFlow<DesignerNode, DesignerEdge>
        nodes={nodes}
        edges={graph.edges as DesignerEdge[]}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onChanges}
        onEdgesChange={onChanges}
        onConnect={onConnect}
        onMoveStart={onMoveStart}
        isValidConnection={(connection) => volumeAndContainer(connection) !== null}
        connectionRadius={36}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={scheme}
        fitView
        fitViewOptions={CANVAS_FIT_OPTIONS}
        minZoom={FIT_VIEW.minZoom}
        maxZoom={2.5}
        deleteKeyCode={['Delete', 'Backspace']}
        proOptions={{ hideAttribution: true }}
        aria-label="Pod canvas"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
        {contentOffScreen && (
          <MiniMap
            pannable
            zoomable
            onClick={onMinimapClick}
            ariaLabel="Overview of the pod: click or drag to move there"
            nodeColor={minimapNodeColor}
            nodeStrokeColor={minimapNodeStroke}
            nodeStrokeWidth={6}
            style={{ width: 180, height: 120 }}
          />
        )}
        <CanvasViewControls fit={fit} />
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

/**
 * A connection between a volume (or a claim template) and a container, whichever end the drag
 * started from. A second container of the same name cannot be told apart by name: no connection.
 */
function volumeAndContainer(connection: {
  source: string;
  target: string;
}): { volume: string; container: string } | null {
  const ends = [parseEntityId(connection.source), parseEntityId(connection.target)];
  for (const [volume, container] of [ends, [...ends].reverse()]) {
    if ((volume?.type === 'volume' || volume?.type === 'claim') && container?.type === 'container')
      return container.occurrence === 1 ? { volume: volume.name, container: container.name } : null;
  }
  return null;
}
