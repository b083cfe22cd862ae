import { describe, expect, it } from 'vitest';
import { findPaletteItem, type PaletteItem } from '../../catalog/paletteItems';
import { createDesignerStore } from '../designerStore';
import {
  addPaletteItem,
  changeRole,
  connectVolumeToContainer,
  dropInitContainer,
  duplicateContainerCommand,
  reorderInitContainer,
  selectSelectedContainerName,
} from './canvasCommands';

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
    ports:
    - containerPort: 8080
`;

const item = (id: string): PaletteItem => {
  const found = findPaletteItem(id);
  if (!found) throw new Error(`no palette item ${id}`);
  return found;
};

function storeWith(text = POD) {
  return createDesignerStore({ text, positions: {}, workloadRef: null });
}

/** Each command is one undo step that brings the text back exactly. */
function expectOneUndoStep(store: ReturnType<typeof storeWith>, before: string): void {
  expect(store.getState().history.past).toHaveLength(1);
  store.getState().undo();
  expect(store.getState().text).toBe(before);
}

describe('canvas commands', () => {
  it('adds a volume to the pod with a unique name and selects it', () => {
    const store = storeWith();
    expect(addPaletteItem(store, item('volume-emptyDir'), null)).toBe('volume:cache');
    expect(addPaletteItem(store, item('volume-emptyDir'), null)).toBe('volume:cache-2');
    expect(store.getState().text).toContain(
      '  volumes:\n  - name: cache\n    emptyDir: {}\n  - name: cache-2\n    emptyDir: {}\n',
    );
    expect(store.getState().selection.ids).toEqual(['volume:cache-2']);
  });

  it('adds a volume dropped on a container and mounts it there, as one undo step', () => {
    const store = storeWith();
    addPaletteItem(store, item('volume-configMap'), 'web');
    const text = store.getState().text;
    expect(text).toContain('    volumeMounts:\n    - name: config\n      mountPath: /mnt/config\n');
    expect(text).toContain('  - name: config\n    configMap:\n      name: app-config\n');
    expectOneUndoStep(store, POD);
  });

  it('attaches a probe with defaults for the container: HTTP on its first port', () => {
    const store = storeWith();
    expect(addPaletteItem(store, item('probe-readiness'), 'web')).toBe('probe:web:readinessProbe');
    expect(store.getState().text).toContain(
      '    readinessProbe:\n      httpGet:\n        path: /ready\n        port: 8080\n      periodSeconds: 10\n',
    );
    expectOneUndoStep(store, POD);
  });

  it('explains where a probe goes when there is no container to attach it to', () => {
    const store = storeWith();
    expect(addPaletteItem(store, item('probe-liveness'), null)).toBeNull();
    expect(store.getState().notice?.text).toMatch(/belongs to a container/);
    expect(store.getState().text).toBe(POD);
  });

  it('does not replace a probe the container already has', () => {
    const store = storeWith();
    addPaletteItem(store, item('probe-liveness'), 'web');
    const text = store.getState().text;
    expect(addPaletteItem(store, item('probe-liveness'), 'web')).toBeNull();
    expect(store.getState().text).toBe(text);
    expect(store.getState().notice?.text).toMatch(/already has a liveness probe/);
  });

  it('adds containers from the palette', () => {
    const store = storeWith();
    expect(addPaletteItem(store, item('container'), 'web')).toBe('container:container');
    expect(store.getState().text).toContain('  - name: container\n    image: nginx:1.27\n');
  });

  it('knows the selected container, also through a selected probe', () => {
    const store = storeWith();
    expect(selectSelectedContainerName(store.getState())).toBeNull();
    store.getState().select(['volume:x', 'container:web'], 'canvas');
    expect(selectSelectedContainerName(store.getState())).toBe('web');
    store.getState().select(['probe:first:livenessProbe'], 'canvas');
    expect(selectSelectedContainerName(store.getState())).toBe('first');
  });

  it('connects a volume to a container at a unique mount path and selects the mount', () => {
    const store = storeWith();
    addPaletteItem(store, item('volume-emptyDir'), 'web');
    expect(connectVolumeToContainer(store, 'cache', 'web')).toBe('mount:web:1');
    expect(store.getState().text).toContain(
      '    - name: cache\n      mountPath: /mnt/cache\n    - name: cache\n      mountPath: /mnt/cache-2\n',
    );
    const afterFirst = store.getState().history.past.length;
    store.getState().undo();
    expect(store.getState().history.past).toHaveLength(afterFirst - 1);
    expect(store.getState().text).not.toContain('/mnt/cache-2');
  });

  it('reorders init containers when a drag ends, restoring the positions before the drag', () => {
    const store = storeWith();
    store.getState().moveNodes({ 'container:second': { x: 40, y: 60 } }, 'drag');
    dropInitContainer(store, 'second', 0);
    const state = store.getState();
    expect(state.text).toContain('  - name: second\n    image: busybox:1.36\n  - name: first\n');
    expect(state.dragBase).toBeNull();
    expect(Object.values(state.positions).every((positions) => !('container:second' in positions))).toBe(true);
    expectOneUndoStep(store, POD);
  });

  it('snaps an init container back without a step when it stays in place', () => {
    const store = storeWith();
    store.getState().moveNodes({ 'container:first': { x: 40, y: 90 } }, 'drag');
    dropInitContainer(store, 'first', 0);
    expect(store.getState().text).toBe(POD);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().positions).toEqual({});
  });

  it("moves an init container one step later (the inspector's keyboard way), and refuses app containers", () => {
    const store = storeWith();
    expect(reorderInitContainer(store, 'first', 1)).toBe(true);
    expect(store.getState().text).toContain('  - name: second\n    image: busybox:1.36\n  - name: first\n');
    expect(store.getState().selection.ids).toEqual(['container:first']);
    expectOneUndoStep(store, POD);
    expect(reorderInitContainer(store, 'web', 0)).toBe(false);
    expect(reorderInitContainer(store, 'first', 0)).toBe(false);
    expect(store.getState().text).toBe(POD);
  });

  it('turns a container into a native sidecar and back', () => {
    const store = storeWith();
    changeRole(store, 'first', 'sidecar');
    expect(store.getState().text).toContain('  - name: first\n    image: busybox:1.36\n    restartPolicy: Always\n');
    changeRole(store, 'first', 'init');
    expect(store.getState().text).toBe(POD);
    store.getState().undo();
    expect(store.getState().text).toContain('restartPolicy: Always');
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('forgets the position of a container whose lane changed, and undo brings it back', () => {
    const store = storeWith();
    store.getState().moveNodes({ 'container:web': { x: 500, y: 300 } }, 'end');
    const positions = store.getState().positions;
    changeRole(store, 'web', 'sidecar');
    expect(store.getState().positions['0']).toEqual({});
    store.getState().undo();
    expect(store.getState().positions).toEqual(positions);
  });

  it('duplicates a container as one undo step and selects the copy', () => {
    const store = storeWith();
    expect(duplicateContainerCommand(store, 'web')).toBe('container:web-2');
    expect(store.getState().text).toContain(
      '  - name: web-2\n    image: nginx:1.27\n    ports:\n    - containerPort: 8080\n',
    );
    expect(store.getState().selection.ids).toEqual(['container:web-2']);
    expectOneUndoStep(store, POD);
  });
});
