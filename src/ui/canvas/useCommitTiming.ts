import { useEffect, useLayoutEffect, useRef } from 'react';
import type { DesignerStore } from '../../store/designerStore';
import { recordStage } from '../../store/stageTiming';

/**
 * Records the `commit` stage: from the store update that produced `graph` to the moment React
 * has committed the canvas with it (projection and rendering included).
 */
export function useCommitTiming(store: DesignerStore, graph: unknown): void {
  const changedAt = useRef<number | null>(null);
  useEffect(
    () =>
      store.subscribe(() => {
        changedAt.current = performance.now();
      }),
    [store],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per new graph, which is what is timed
  useLayoutEffect(() => {
    if (changedAt.current !== null) recordStage('commit', changedAt.current);
    changedAt.current = null;
  }, [graph]);
}
