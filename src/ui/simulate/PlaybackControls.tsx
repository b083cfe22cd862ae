import { PLAYBACK_SPEEDS } from '../../store/session/simulationPlayback';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useSimulationPlayback } from './useSimulationPlayback';

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(seconds < 100 ? 1 : 0)} s`;
}

/** Play/Pause, Reset, Delete pod, the time slider and the speed. */
export function PlaybackControls({ end }: { end: number }) {
  const playing = useSimulationPlayback((state) => state.playing);
  const time = useSimulationPlayback((state) => state.time);
  const speed = useSimulationPlayback((state) => state.speed);
  const deleteAt = useSimulationPlayback((state) => state.deleteAt);
  const store = useDesignerStore();
  const actions = store.getState();
  const shown = Math.min(time, end);
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button
        type="button"
        className="playback__play"
        onClick={() => (playing ? actions.pauseSimulation() : actions.playSimulation(end))}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={() => actions.resetSimulation()}>
        ↺ Reset
      </button>
      <button
        type="button"
        onClick={() => actions.deleteSimulatedPod()}
        disabled={deleteAt !== null}
        title="Delete the pod now and watch the shutdown order"
      >
        Delete pod
      </button>
      <label className="playback__time">
        <span>Time</span>
        <input
          type="range"
          min={0}
          max={end}
          step={0.1}
          value={shown}
          onChange={(event) => actions.seekSimulation(Number(event.target.value))}
          aria-valuetext={formatSeconds(shown)}
        />
        <span className="playback__clock" aria-hidden="true">
          {formatSeconds(shown)}
        </span>
      </label>
      <label className="playback__speed">
        <span>Speed</span>
        <select value={speed} onChange={(event) => actions.setSimulationSpeed(Number(event.target.value))}>
          {PLAYBACK_SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
