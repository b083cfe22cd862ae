import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { selectDockTab } from '../../store/session/layoutSlice';
import { useDesigner } from '../app/DesignerStoreContext';
import { currentFitOptions } from './canvasFit';

const EMPTY: readonly string[] = [];

/**
 * In presenter mode the canvas zooms to the selected nodes, or to the whole pod when nothing is
 * selected — to its containers while the lifecycle is docked under it, so nodes and timeline share
 * the screen — with names large enough for the back of the room. It fits the whole pod again when
 * presenter mode ends. Rendered inside React Flow.
 */
export function PresenterFocus() {
  const presenting = useDesigner((state) => state.presenting);
  const selected = useDesigner((state) => (state.presenting ? state.selection.ids : EMPTY));
  const lifecycle = useDesigner((state) => state.presenting && selectDockTab(state) === 'lifecycle');
  const { fitView, getNode, getNodes } = useReactFlow();
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (!presenting && !wasPresenting.current) return;
    wasPresenting.current = presenting;
    // Wait a moment: the canvas changes size as panels fold away, and React Flow measures it first.
    const timer = setTimeout(() => {
      const chosen = selected.filter((id) => getNode(id) !== undefined);
      const focus =
        chosen.length > 0
          ? chosen
          : lifecycle
            ? getNodes()
                .filter((node) => node.type === 'container')
                .map((node) => node.id)
            : [];
      const options = currentFitOptions(presenting);
      void fitView({ ...options, ...(focus.length ? { nodes: focus.map((id) => ({ id })) } : {}), duration: 300 });
    }, 80);
    return () => clearTimeout(timer);
  }, [presenting, selected, lifecycle, fitView, getNode, getNodes]);
  return null;
}
