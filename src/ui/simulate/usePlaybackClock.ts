import { useEffect } from 'react';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useSimulationPlayback } from './useSimulationPlayback';

/** While playing, moves the simulation clock with the browser's animation frames. */
export function usePlaybackClock(end: number): void {
  const store = useDesignerStore();
  const playing = useSimulationPlayback((state) => state.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      store.getState().advanceSimulation((now - last) / 1000, end);
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [store, playing, end]);
}
