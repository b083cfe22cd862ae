import { describe, expect, it } from 'vitest';
import { addContainer } from '../model/operations/addContainer';
import { createDesignerStore } from './designerStore';
import { loadSavedDocument, startAutosave, STORAGE_KEY } from './persistence';
import { selectCurrentWorkload, selectIsStale } from './selectors';

const POD = `# my pod
apiVersion: v1
kind: Pod
metadata:
  name: web   # keep me
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('designer store', () => {
  it('applies an operation as a minimal text edit and one undo step', () => {
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
    store
      .getState()
      .updateWorkload('Add container', (workload) => addContainer(workload, { name: 'cache', image: 'redis:7.4' }));
    const text = store.getState().text;
    expect(text).toBe(`${POD}  - name: cache\n    image: redis:7.4\n`);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
    store.getState().redo();
    expect(store.getState().text).toBe(text);
  });

  it('merges a burst of typing into one undo step, and starts a new one after a pause', () => {
    const time = clock();
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null }, { now: time.now });
    store.getState().editText(POD.replace('web   #', 'webs   #'));
    time.advance(300);
    store.getState().editText(POD.replace('web   #', 'webse   #'));
    time.advance(3000);
    store.getState().editText(POD.replace('web   #', 'webser   #'));
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().text).toBe(POD.replace('web   #', 'webse   #'));
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('keeps invalid text as typed and the last good design, and refuses canvas edits until fixed', () => {
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
    const invalid = `${POD}  - name: [broken\n`;
    store.getState().editText(invalid);
    const state = store.getState();
    expect(state.text).toBe(invalid);
    expect(selectIsStale(state)).toBe(true);
    expect(state.parse.ok).toBe(false);
    expect(selectCurrentWorkload(state)?.name).toBe('web');
    expect(
      store.getState().updateWorkload('Add', (workload) => addContainer(workload, { name: 'x', image: 'y:1' })),
    ).toBe(false);
    expect(store.getState().notice?.text).toMatch(/fix it in the editor/);
    expect(store.getState().text).toBe(invalid);
  });

  it('records a drag as one undo step, and measurement and selection as none', () => {
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
    store.getState().moveNodes({ 'container:web': { x: 10, y: 10 } }, 'drag');
    store.getState().moveNodes({ 'container:web': { x: 20, y: 30 } }, 'drag');
    store.getState().setMeasured({ 'container:web': { width: 260, height: 120 } });
    store.getState().select(['container:web'], 'canvas');
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().moveNodes({ 'container:web': { x: 40, y: 50 } }, 'end');
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().positions['0']?.['container:web']).toEqual({ x: 40, y: 50 });
    store.getState().undo();
    expect(store.getState().positions['0']).toBeUndefined();
  });

  it('switches Pod → Deployment → Pod and gets the exact text back', () => {
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
    store.getState().changeWorkloadKind('Deployment');
    expect(store.getState().text).toContain('kind: Deployment');
    expect(store.getState().text).toContain('# keep me');
    store.getState().changeWorkloadKind('Pod');
    expect(store.getState().text).toBe(POD);
  });

  it('switches StatefulSet → Deployment → Job → StatefulSet and gets the exact text back', () => {
    const statefulSet = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: db',
      'spec:',
      '  serviceName: db',
      '  selector:',
      '    matchLabels:',
      '      app: db',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: db',
      '    spec:',
      '      containers:',
      '      - name: db',
      '        image: postgres:16',
      '  # one claim per replica',
      '  volumeClaimTemplates:',
      '  - metadata:',
      '      name: data',
      '    spec:',
      '      accessModes: [ "ReadWriteOnce" ]',
      '',
    ].join('\n');
    const store = createDesignerStore({ text: statefulSet, positions: {}, workloadRef: null });
    store.getState().changeWorkloadKind('Deployment');
    store.getState().changeWorkloadKind('Job');
    expect(store.getState().text).not.toContain('volumeClaimTemplates');
    store.getState().changeWorkloadKind('StatefulSet');
    expect(store.getState().text).toBe(statefulSet);
  });

  it('starts a Pod when the first container is added to an empty file', () => {
    const store = createDesignerStore();
    store
      .getState()
      .updateWorkload('Add container', (workload) =>
        addContainer(workload, { name: 'container', image: 'nginx:1.27' }),
      );
    expect(store.getState().text).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-pod\nspec:\n  containers:\n  - name: container\n    image: nginx:1.27\n',
    );
  });
});

describe('autosave', () => {
  it('saves every change in idle time, including invalid YAML, and restores it', () => {
    const saved = new Map<string, string>();
    const storage = {
      setItem: (key: string, value: string) => saved.set(key, value),
      getItem: (key: string) => saved.get(key) ?? null,
    };
    const store = createDesignerStore({ text: POD, positions: {}, workloadRef: null });
    const idleTasks: (() => void)[] = [];
    const stop = startAutosave(store, storage, (task) => {
      idleTasks.push(task);
      return () => idleTasks.splice(idleTasks.indexOf(task), 1);
    });
    store.getState().editText('kind: [half');
    store.getState().editText('kind: [half typed');
    expect(saved.size).toBe(0);
    expect(idleTasks).toHaveLength(1);
    idleTasks[0]?.();
    expect(JSON.parse(saved.get(STORAGE_KEY) ?? '{}').text).toBe('kind: [half typed');
    stop();
    expect(loadSavedDocument(storage)).toEqual({ text: 'kind: [half typed', positions: {}, workloadRef: null });
  });

  it('ignores unreadable saved data', () => {
    expect(loadSavedDocument({ getItem: () => '{not json' })).toBeNull();
    expect(loadSavedDocument({ getItem: () => JSON.stringify({ version: 9, text: 'x' }) })).toBeNull();
  });
});
