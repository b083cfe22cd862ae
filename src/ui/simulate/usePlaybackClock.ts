import { useEffect } from 'react';
import { simulationPlayback } from '../../store/simulationPlayback';
import { useSimulationPlayback } from './useSimulationPlayback';

/** While playing, moves the simulation clock with the browser's animation frames. */
export function usePlaybackClock(end: number): void {
  const playing = useSimulationPlayback((state) => state.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      simulationPlayback.getState().advance((now - last) / 1000, end);
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, end]);
}
