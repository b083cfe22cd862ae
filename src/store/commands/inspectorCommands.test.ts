import { changeRole } from './canvasCommands';
import { describe, expect, it } from 'vitest';
import { createDesignerStore, type DesignerStore } from '../designerStore';
import {
  addProbeCommand,
  appendInspectorListItem,
  editPodLabelCommand,
  editWorkloadMapCommand,
  removeProbeCommand,
  renameContainerCommand,
  renamePortCommand,
  renameVolumeCommand,
  setInspectorField,
} from './inspectorCommands';

const POD = `# my pod
apiVersion: v1
kind: Pod
metadata:
  name: web   # keep me
spec:
  containers:
  - name: web
    image: nginx:1.27   # pinned
    ports:
    - name: http
      containerPort: 80
    readinessProbe:
      httpGet:
        path: /
        port: http
    volumeMounts:
    - name: data
      mountPath: /data
  - name: api
    image: api:1
  volumes:
  - name: data
    emptyDir: {}
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

const storeWith = (text: string): DesignerStore => createDesignerStore({ text, positions: {}, workloadRef: null });
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, index) => a[index] !== line);
};

describe('inspector commands', () => {
  it('sets a field as one changed line and one undo step, keeping comments', () => {
    const store = storeWith(POD);
    expect(setInspectorField(store, 'Set image of web', 'container:web', ['image'], 'nginx:1.28')).toBe(true);
    expect(changedLines(POD, store.getState().text)).toEqual(['    image: nginx:1.28   # pinned']);
    expect(store.getState().history.past.map((step) => step.label)).toEqual(['Set image of web']);
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('removes a field with undefined and appends list items', () => {
    const store = storeWith(POD);
    appendInspectorListItem(store, 'Add port to api', 'container:api', ['ports'], { containerPort: 9000 });
    expect(store.getState().text).toContain('  - name: api\n    image: api:1\n    ports:\n    - containerPort: 9000\n');
    setInspectorField(store, 'Remove port', 'container:api', ['ports', 0], undefined);
    expect(store.getState().text).toBe(POD);
  });

  it('renames a container, moving the selection; refuses a clash or a bad name with a reason', () => {
    const store = storeWith(POD);
    expect(renameContainerCommand(store, 'web', 'api')).toMatch(/already named "api"/);
    expect(renameContainerCommand(store, 'web', 'Web')).toMatch(/lowercase/);
    expect(store.getState().history.past).toHaveLength(0);
    expect(renameContainerCommand(store, 'web', 'front')).toBeNull();
    expect(store.getState().text).toContain('  - name: front\n');
    expect(store.getState().selection.ids).toEqual(['container:front']);
  });

  it('renames a volume and its mounts follow', () => {
    const store = storeWith(POD);
    expect(renameVolumeCommand(store, 'data', 'cache')).toBeNull();
    expect(changedLines(POD, store.getState().text)).toEqual(['    - name: cache', '  - name: cache']);
    expect(renameVolumeCommand(store, 'cache', 'bad_name')).not.toBeNull();
  });

  it('renames a port and the probe that names it follows, in one step', () => {
    const store = storeWith(POD);
    expect(renamePortCommand(store, 'web', 0, 'web-http')).toBeNull();
    expect(changedLines(POD, store.getState().text)).toEqual(['    - name: web-http', '        port: web-http']);
    expect(store.getState().history.past).toHaveLength(1);
    expect(renamePortCommand(store, 'web', 0, 'this-name-is-far-too-long')).toMatch(/15 characters/);
  });

  it('asks before a pod label edit leaves the selector behind, then does what the answer says', () => {
    const store = storeWith(DEPLOYMENT);
    const edit = { from: 'app', to: 'app', value: 'store' };
    expect(editPodLabelCommand(store, edit)).toBe(false);
    expect(store.getState().text).toBe(DEPLOYMENT);
    expect(store.getState().dialog).toEqual({
      kind: 'podLabelFollowers',
      edit,
      followers: { selector: ['spec', 'selector', 'matchLabels'], services: [] },
      workloadKind: 'Deployment',
    });
    editPodLabelCommand(store, edit, true);
    expect(changedLines(DEPLOYMENT, store.getState().text)).toEqual(['      app: store', '        app: store']);
    expect(store.getState().history.past.map((step) => step.label)).toEqual(['Set pod label app']);
  });

  it('changes only the label when told to, and adds a label without asking', () => {
    const store = storeWith(DEPLOYMENT);
    editPodLabelCommand(store, { from: 'app', to: 'app', value: 'store' }, false);
    expect(changedLines(DEPLOYMENT, store.getState().text)).toEqual(['        app: store']);
    expect(editPodLabelCommand(store, { from: null, to: 'tier', value: 'web' })).toBe(true);
    expect(store.getState().dialog).toBeNull();
  });

  it('edits annotations of the workload object', () => {
    const store = storeWith(DEPLOYMENT);
    editWorkloadMapCommand(store, 'annotation', ['metadata', 'annotations'], { from: null, to: 'team', value: 'a' });
    expect(store.getState().text).toContain('metadata:\n  name: shop\n  annotations:\n    team: a\n');
  });

  it('changes a role, adds and removes a probe', () => {
    const store = storeWith(POD);
    changeRole(store, 'api', 'sidecar');
    expect(store.getState().text).toContain(
      'initContainers:\n  - name: api\n    image: api:1\n    restartPolicy: Always\n',
    );
    addProbeCommand(store, 'api', 'livenessProbe', { name: 'api', ports: [{ containerPort: 9000 }] });
    expect(store.getState().text).toContain('    livenessProbe:\n      tcpSocket:\n        port: 9000\n');
    removeProbeCommand(store, 'web', 'readinessProbe');
    expect(store.getState().text).not.toContain('readinessProbe');
    expect(store.getState().selection.ids).toEqual(['container:web']);
  });
});
