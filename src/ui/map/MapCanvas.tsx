import { Background, Controls, type EdgeChange, type NodeChange, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { type KeyboardEvent, type MouseEvent, useCallback, useMemo } from 'react';
import '@xyflow/react/dist/style.css';
import './map.css';
import type { MapCardNode, MapEdge } from '../../graph/applicationMap';
import { routeCanvasChanges } from '../../graph/routeCanvasChanges';
import type { DesignerStore } from '../../store/designerStore';
import { createMapSelector } from '../../store/mapSelector';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useColorScheme } from '../kit/useColorScheme';
import { useMeasuredNodes } from '../canvas/useMeasuredNodes';
import { MapCard } from './MapCard';
import { useMapPaletteDrop } from './useMapPaletteDrop';

const NODE_TYPES = { mapCard: MapCard };
const DEFAULT_EDGE_OPTIONS = { type: 'smoothstep', focusable: false } as const;

/** The card the keyboard focus is on (React Flow focuses the node's wrapper). */
function focusedCardId(event: KeyboardEvent): string | null {
  const element = event.target instanceof Element ? event.target.closest('.react-flow__node') : null;
  return element?.getAttribute('data-id') ?? null;
}

/** Opens the pod view of the workload whose card it is (nothing for other objects). */
function openCard(store: DesignerStore, nodes: readonly MapCardNode[], id: string): boolean {
  const node = nodes.find((candidate) => candidate.id === id);
  if (!node?.data.designable) return false;
  store.getState().openWorkload(node.data.ref);
  return true;
}

/**
 * The application map: every object of the file as a card, with the edges between them. Cards
 * move (positions kept beside the manifest under the map's own key) and select like pod parts;
 * a workload opens in the pod view on double-click or Enter.
 */
export function MapCanvas() {
  return (
    <ReactFlowProvider>
      <MapView />
    </ReactFlowProvider>
  );
}

function MapView() {
  const store = useDesignerStore();
  const scheme = useColorScheme();
  const selectMap = useMemo(() => createMapSelector(), []);
  const map = useDesigner(selectMap);
  const { onDragOver, onDrop } = useMapPaletteDrop(store, map.nodes);
  const nodes = useMeasuredNodes(map.nodes as MapCardNode[]);

  const onChanges = useCallback(
    (changes: (NodeChange<MapCardNode> | EdgeChange<MapEdge>)[]) => {
      const state = store.getState();
      const routed = routeCanvasChanges(changes, state.selection.ids);
      if (Object.keys(routed.measured).length) state.setMeasured(routed.measured);
      if (Object.keys(routed.dragging).length) state.moveNodes(routed.dragging, 'drag');
      if (Object.keys(routed.dropped).length) store.getState().moveNodes(routed.dropped, 'end');
      if (routed.selection) store.getState().select(routed.selection, 'canvas');
    },
    [store],
  );
  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: MapCardNode) => void openCard(store, map.nodes, node.id),
    [store, map.nodes],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      const id = focusedCardId(event);
      if (id && openCard(store, map.nodes, id)) event.preventDefault();
    },
    [store, map.nodes],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Enter on a focused card (React Flow's own focusable node) opens it.
    <div className="canvas map-canvas" onKeyDown={onKeyDown}>
      <ReactFlow<MapCardNode, MapEdge>
        nodes={nodes}
        edges={map.edges as MapEdge[]}
        nodeTypes={NODE_TYPES}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        onNodesChange={onChanges}
        onEdgesChange={onChanges}
        onNodeDoubleClick={onNodeDoubleClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        zoomOnDoubleClick={false}
        nodesConnectable={false}
        colorMode={scheme}
        fitView
        fitViewOptions={{ padding: { top: '64px', right: '24px', bottom: '24px', left: '24px' }, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
        deleteKeyCode={null}
        proOptions={{ hideAttribution: true }}
        aria-label="Application map"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} aria-label="Zoom controls" />
      </ReactFlow>
    </div>
  );
}
