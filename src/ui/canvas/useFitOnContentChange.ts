import { useEffect, useRef } from 'react';
import { useReactFlow, useStore, type Viewport } from '@xyflow/react';
import { isSubstantialChange } from '../../graph/isSubstantialChange';
import type { DesignerNode } from '../../graph/graphTypes';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { CANVAS_FIT_OPTIONS, presenterFitOptions } from './canvasFit';

const FIT_VIEW_OPTIONS = { ...CANVAS_FIT_OPTIONS, duration: 200 } as const;

const sameViewport = (a: Viewport, b: Viewport) =>
  Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001;

/**
 * Fits the view when the content changes substantially (a file opened, a template loaded), and
 * again when the canvas changes size (the guide opens, presenter mode, a resized window) while the
 * view is still the one fitted: a view the user panned or zoomed is left alone.
 * Used by a component rendered inside <ReactFlow>, where the React Flow instance is available.
 */
export function useFitOnContentChange(nodes: readonly DesignerNode[]): () => number {
  const { fitView, getViewport } = useReactFlow();
  const store = useDesignerStore();
  const previousIds = useRef<readonly string[]>([]);
  // 'fitting' while a fit is under way (the size may change before it ends), then the view it made.
  const fitted = useRef<Viewport | 'fitting' | null>(null);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);

  /** Fits the view on the next frame (after React Flow has measured); returns the frame's id. */
  const fit = () => {
    fitted.current = 'fitting';
    return requestAnimationFrame(() => {
      // In presenter mode the fit keeps names readable from the back of the room.
      const options = store.getState().presenting
        ? { ...presenterFitOptions(document.querySelector('.react-flow')), duration: FIT_VIEW_OPTIONS.duration }
        : FIT_VIEW_OPTIONS;
      void fitView(options).then(() => {
        if (fitted.current === 'fitting') fitted.current = getViewport();
      });
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `fit` closes over stable functions only.
  useEffect(() => {
    const ids = nodes.filter((node) => node.type !== 'lane').map((node) => node.id);
    const refit = isSubstantialChange(previousIds.current, ids);
    previousIds.current = ids;
    if (!refit) return;
    // Wait a frame, so React Flow has measured the new nodes.
    const frame = fit();
    return () => cancelAnimationFrame(frame);
  }, [nodes, fitView]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new size refits.
  useEffect(() => {
    const last = fitted.current;
    if (last === null || (last !== 'fitting' && !sameViewport(last, getViewport()))) return;
    const frame = fit();
    return () => cancelAnimationFrame(frame);
  }, [width, height]);

  return fit;
}
