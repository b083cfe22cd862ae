import { type OnMoveStart, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { DesignerNode } from '../../graph/graphTypes';
import { isSubstantialChange } from '../../graph/isSubstantialChange';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { currentFitOptions } from './canvasFit';

const FIT_DURATION = 200;

/**
 * Fits the view when the content changes substantially (a file opened, a template loaded), and
 * again when the canvas changes size (the guide closes, presenter mode, a resized window) until
 * the user pans or zooms: a view the user moved is left alone. Returns `fit` (Fit view, Tidy
 * layout; it returns its cancel) and the `onMoveStart` handler that notices the user's moves
 * (React Flow passes an event only for those). Used inside a React Flow provider.
 */
export function useFitOnContentChange(nodes: readonly DesignerNode[]): {
  fit: () => () => void;
  onMoveStart: OnMoveStart;
} {
  const { fitView } = useReactFlow();
  const store = useDesignerStore();
  const previousIds = useRef<readonly string[]>([]);
  const userMoved = useRef(false);
  const hasContent = useRef(false);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);

  const fit = useCallback(() => {
    userMoved.current = false;
    // Wait a frame, so React Flow has the new nodes and the new size.
    const frame = requestAnimationFrame(() => {
      // In presenter mode the fit keeps names readable from the back of the room.
      void fitView({ ...currentFitOptions(store.getState().presenting), duration: FIT_DURATION });
    });
    return () => cancelAnimationFrame(frame);
  }, [fitView, store]);

  useEffect(() => {
    const ids = nodes.filter((node) => node.type !== 'lane' && node.type !== 'shelf').map((node) => node.id);
    const refit = isSubstantialChange(previousIds.current, ids);
    previousIds.current = ids;
    hasContent.current = ids.length > 0;
    return refit ? fit() : undefined;
  }, [nodes, fit]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new size refits.
  useEffect(() => {
    if (!hasContent.current || userMoved.current || width === 0 || height === 0) return;
    return fit();
  }, [width, height]);

  const onMoveStart = useCallback<OnMoveStart>((event) => {
    if (event) userMoved.current = true;
  }, []);
  return { fit, onMoveStart };
}
