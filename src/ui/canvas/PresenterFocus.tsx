import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { FIT_VIEW, FIT_VIEW_PADDING } from '../../graph/fitZoom';
import { useDesigner } from '../app/DesignerStoreContext';

const EMPTY: readonly string[] = [];

/**
 * In presenter mode the canvas zooms to the selected nodes (or the whole pod when nothing is
 * selected), and fits the whole pod again when presenter mode ends. Rendered inside React Flow.
 */
export function PresenterFocus() {
  const presenting = useDesigner((state) => state.presenting);
  const selected = useDesigner((state) => (state.presenting ? state.selection.ids : EMPTY));
  const { fitView, getNode } = useReactFlow();
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (!presenting && !wasPresenting.current) return;
    wasPresenting.current = presenting;
    // Wait a moment: the canvas grows when the editor is hidden, and React Flow measures it first.
    const timer = setTimeout(() => {
      const nodes = selected.filter((id) => getNode(id) !== undefined).map((id) => ({ id }));
      void fitView({
        ...(nodes.length ? { nodes } : {}),
        padding: presenting ? 0.25 : FIT_VIEW_PADDING,
        maxZoom: presenting ? 1.5 : FIT_VIEW.maxZoom,
        duration: 300,
      });
    }, 80);
    return () => clearTimeout(timer);
  }, [presenting, selected, fitView, getNode]);
  return null;
}
