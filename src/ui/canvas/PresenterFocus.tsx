import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDesigner } from '../app/DesignerStoreContext';
import { presenterFitOptions } from './presenterFit';

const EMPTY: readonly string[] = [];

/**
 * In presenter mode the canvas zooms to the selected nodes (or the whole pod when nothing is
 * selected) with names large enough for the back of the room, and fits the whole pod again when
 * presenter mode ends. Rendered inside React Flow.
 */
export function PresenterFocus() {
  const presenting = useDesigner((state) => state.presenting);
  const selected = useDesigner((state) => (state.presenting ? state.selection.ids : EMPTY));
  const { fitView, getNode } = useReactFlow();
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (!presenting && !wasPresenting.current) return;
    wasPresenting.current = presenting;
    // Wait a moment: the canvas grows as the panels fold away, and React Flow measures it first.
    const timer = setTimeout(() => {
      const nodes = selected.filter((id) => getNode(id) !== undefined).map((id) => ({ id }));
      const options = presenting
        ? presenterFitOptions(document.querySelector('.react-flow'))
        : { padding: 0.15, maxZoom: 1.1 };
      void fitView({ ...options, ...(nodes.length ? { nodes } : {}), duration: 300 });
    }, 80);
    return () => clearTimeout(timer);
  }, [presenting, selected, fitView, getNode]);
  return null;
}
