import { describe, expect, it } from 'vitest';
import { microservicesManifest } from '../graph/fixtures/microservicesManifest';
import { createDesignerStore } from './designerStore';
import { MAP_POSITIONS_KEY } from './documentSnapshot';
import { selectCurrentWorkload } from './selectors';

const single = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: web, image: nginx:1.27}]
`;

describe('the application map and the pod view', () => {
  it('opens a file of several workloads on the map, a single workload (or nothing) in its pod view', () => {
    const store = createDesignerStore();
    expect(store.getState().view).toBe('pod');
    store.getState().loadText(microservicesManifest(3), 'Open');
    expect(store.getState().view).toBe('map');
    store.getState().loadText(single, 'Open');
    expect(store.getState().view).toBe('pod');
  });

  it('opens a workload from the map and goes back, sharing undo', () => {
    const store = createDesignerStore();
    store.getState().loadText(microservicesManifest(3), 'Open');
    store.getState().openWorkload({ documentIndex: 2, itemIndex: null });
    expect(store.getState().view).toBe('pod');
    expect(selectCurrentWorkload(store.getState())?.name).toBe('cartservice');
    store.getState().openMap();
    expect(store.getState().view).toBe('map');
    store.getState().undo();
    expect(selectCurrentWorkload(store.getState())?.name).toBe('frontend');
  });

  it('keeps the map positions under their own key, one undo step per move', () => {
    const store = createDesignerStore();
    store.getState().loadText(microservicesManifest(2), 'Open');
    store.getState().moveNodes({ 'object:0': { x: 5, y: 6 } }, 'end');
    expect(store.getState().positions[MAP_POSITIONS_KEY]).toEqual({ 'object:0': { x: 5, y: 6 } });
    expect(store.getState().positions['0']).toBeUndefined();
    store.getState().undo();
    expect(store.getState().positions[MAP_POSITIONS_KEY]).toBeUndefined();
  });
});
