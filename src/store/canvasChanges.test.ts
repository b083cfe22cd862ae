import { describe, expect, it } from 'vitest';
import { createGraphProjector } from '../graph/projectGraph';
import { applyCanvasChanges } from './canvasChanges';
import { createDesignerStore } from './designerStore';
import { selectCurrentWorkload, selectWorkloadPositions } from './selectors';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  initContainers:
  - name: first
    image: busybox:1.36
  - name: second
    image: busybox:1.36
  containers:
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: cache
      mountPath: /cache
  volumes:
  - name: cache
    emptyDir: {}
`;

function setUp() {
  const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
  const nodes = () =>
    createGraphProjector()({
      workload: selectCurrentWorkload(store.getState())?.object ?? null,
      stale: false,
      positions: selectWorkloadPositions(store.getState()),
      selectedIds: [],
    }).nodes;
  return { store, nodes };
}

describe('applyCanvasChanges', () => {
  it('keeps measured sizes and the selection as session state, never as undo steps', () => {
    const { store, nodes } = setUp();
    applyCanvasChanges(
      store,
      [
        { type: 'dimensions', id: 'container:web', dimensions: { width: 248, height: 150 } },
        { type: 'select', id: 'container:web', selected: true },
      ],
      nodes(),
    );
    expect(store.getState().measured['container:web']).toEqual({ width: 248, height: 150 });
    expect(store.getState().selection).toMatchObject({ ids: ['container:web'], origin: 'canvas' });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('records a whole drag as one undo step, at its end', () => {
    const { store, nodes } = setUp();
    for (const y of [300, 320, 340])
      applyCanvasChanges(
        store,
        [{ type: 'position', id: 'volume:cache', position: { x: 40, y }, dragging: true }],
        nodes(),
      );
    expect(store.getState().history.past).toHaveLength(0);
    expect(selectWorkloadPositions(store.getState())['volume:cache']).toEqual({ x: 40, y: 340 });
    applyCanvasChanges(
      store,
      [{ type: 'position', id: 'volume:cache', position: { x: 40, y: 360 }, dragging: false }],
      nodes(),
    );
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(selectWorkloadPositions(store.getState())['volume:cache']).toBeUndefined();
  });

  it('turns the drop of an init container onto the first cell of its lane into a new run order', () => {
    const { store, nodes } = setUp();
    const first = nodes().find((node) => node.id === 'container:first')!;
    applyCanvasChanges(
      store,
      [{ type: 'position', id: 'container:second', position: { ...first.position }, dragging: false }],
      nodes(),
    );
    expect(store.getState().text).toMatch(/initContainers:\n {2}- name: second\n[\s\S]*- name: first\n/);
    expect(store.getState().history.past).toHaveLength(1);
    expect(selectWorkloadPositions(store.getState())['container:second']).toBeUndefined();
  });

  it('removes what the user deleted through model operations: a mount and a container', () => {
    const { store, nodes } = setUp();
    applyCanvasChanges(store, [{ type: 'remove', id: 'mount:web:0' }], nodes());
    expect(store.getState().text).not.toContain('mountPath: /cache');
    applyCanvasChanges(store, [{ type: 'remove', id: 'container:first' }], nodes());
    expect(store.getState().text).not.toContain('name: first');
    expect(store.getState().history.past).toHaveLength(2);
  });
});
