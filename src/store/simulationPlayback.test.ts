import { describe, expect, it } from 'vitest';
import { createSimulationPlaybackStore } from './simulationPlayback';

describe('simulation playback', () => {
  it('advances by real time × speed and stops at the end', () => {
    const store = createSimulationPlaybackStore({ speed: 5 });
    store.getState().play(30);
    store.getState().advance(2, 30);
    expect(store.getState()).toMatchObject({ time: 10, playing: true });
    store.getState().advance(10, 30);
    expect(store.getState()).toMatchObject({ time: 30, playing: false });
    store.getState().play(30);
    expect(store.getState().time).toBe(0);
  });

  it('deletes the pod at the current time and resets to a pod that is not deleted', () => {
    const store = createSimulationPlaybackStore();
    store.getState().seek(12);
    store.getState().deletePod();
    expect(store.getState()).toMatchObject({ deleteAt: 12, playing: true });
    store.getState().setFault('web', 'livenessFails');
    store.getState().reset();
    expect(store.getState()).toMatchObject({
      deleteAt: null,
      time: 0,
      playing: false,
      faults: { web: 'livenessFails' },
    });
    store.getState().setFault('web', 'none');
    expect(store.getState().faults).toEqual({});
  });

  it('stops playing when the panel closes', () => {
    const store = createSimulationPlaybackStore({ open: true, playing: true });
    store.getState().setOpen(false);
    expect(store.getState().playing).toBe(false);
  });
});
