import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';

describe('simulation playback (session state of the store)', () => {
  it('advances by real time × speed and stops at the end', () => {
    const store = createDesignerStore();
    store.getState().setSimulationSpeed(5);
    store.getState().playSimulation(30);
    store.getState().advanceSimulation(2, 30);
    expect(store.getState().simulation).toMatchObject({ time: 10, playing: true });
    store.getState().advanceSimulation(10, 30);
    expect(store.getState().simulation).toMatchObject({ time: 30, playing: false });
    store.getState().playSimulation(30);
    expect(store.getState().simulation.time).toBe(0);
  });

  it('deletes the pod at the current time and resets to a pod that is not deleted', () => {
    const store = createDesignerStore();
    store.getState().seekSimulation(12);
    store.getState().deleteSimulatedPod();
    expect(store.getState().simulation).toMatchObject({ deleteAt: 12, playing: true });
    store.getState().setSimulationFault('web', 'livenessFails');
    store.getState().resetSimulation();
    expect(store.getState().simulation).toMatchObject({
      deleteAt: null,
      time: 0,
      playing: false,
      faults: { web: 'livenessFails' },
    });
    store.getState().setSimulationFault('web', 'none');
    expect(store.getState().simulation.faults).toEqual({ web: 'none' });
  });

  it('stops playing when the lifecycle dock closes or shows the problems instead', () => {
    const store = createDesignerStore();
    store.getState().openDock('lifecycle');
    store.getState().playSimulation(30);
    store.getState().openDock('problems');
    expect(store.getState().simulation.playing).toBe(false);
    store.getState().openDock('lifecycle');
    store.getState().playSimulation(30);
    store.getState().openDock(null);
    expect(store.getState().simulation.playing).toBe(false);
  });

  it('is no undo step and leaves the document alone', () => {
    const store = createDesignerStore({ text: 'apiVersion: v1\nkind: Pod\n', positions: {}, workloadRef: null });
    store.getState().seekSimulation(5);
    store.getState().setSimulationFault('web', 'exitsNonZero');
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().text).toBe('apiVersion: v1\nkind: Pod\n');
  });
});
