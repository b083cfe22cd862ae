import { describe, expect, it } from 'vitest';
import { commandById, runCommand } from '../commands/commandTable';
import { targetKubernetesCommandId } from '../commands/kubernetesCommands';
import { createDesignerStore } from '../designerStore';
import { selectFindings } from '../findings';
import { inProcessValidation } from '../validation/inProcessValidation';
import { loadSavedSession, startSessionPersistence } from './sessionPersistence';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      lifecycle:
        stopSignal: SIGTERM
`;

const versionFindings = (store: ReturnType<typeof createDesignerStore>) =>
  selectFindings(store.getState())
    .filter((finding) => finding.ruleId.startsWith('schema/target-version'))
    .map((finding) => `${finding.severity} ${finding.message}`);

function memoryStorage(): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => data.delete(key),
    setItem: (key, value) => data.set(key, value),
  };
}

const noEffects = {
  download: () => {},
  copyText: async () => true,
  chooseTextFile: async () => null,
  svgToPng: async () => new Blob(),
  pageAddress: () => 'http://localhost/',
  focus: () => {},
  canWriteFiles: () => false,
  chooseSaveFile: async () => null,
  confirm: async () => true,
};

describe('the target Kubernetes version', () => {
  it('starts at 1.36 and revalidates when a command changes it', () => {
    const store = createDesignerStore(
      { text: POD, positions: {}, workloadRef: null },
      { validation: inProcessValidation() },
    );
    expect(store.getState().kubernetesMinor).toBe(36);
    expect(versionFindings(store)).toEqual([]);
    runCommand(commandById(targetKubernetesCommandId(32)), { store, effects: noEffects });
    expect(store.getState().kubernetesMinor).toBe(32);
    expect(commandById(targetKubernetesCommandId(32)).checked?.(store.getState())).toBe(true);
    expect(versionFindings(store)).toEqual([
      'error spec.containers[0].lifecycle.stopSignal needs Kubernetes 1.33+; the target is 1.32.',
    ]);
    runCommand(commandById(targetKubernetesCommandId(33)), { store, effects: noEffects });
    expect(versionFindings(store)).toEqual([]);
  });

  it('is taken from a lint config that names it, and written into the downloaded one', async () => {
    const store = createDesignerStore(
      { text: POD, positions: {}, workloadRef: null },
      { validation: inProcessValidation() },
    );
    expect(store.getState().loadSilencingConfig('kubernetesVersion: "1.30"\n')).toEqual([]);
    expect(store.getState().kubernetesMinor).toBe(30);
    const downloaded: string[] = [];
    await runCommand(commandById('file.downloadLintConfig'), {
      store,
      effects: { ...noEffects, download: (file) => downloaded.push(String(file.content)) },
    });
    expect(downloaded[0]).toContain('kubernetesVersion: "1.30"');
  });

  it('is remembered for the next visit, and an unknown remembered version is ignored', () => {
    const local = memoryStorage();
    const tab = memoryStorage();
    const store = createDesignerStore(undefined, { validation: inProcessValidation() });
    const stop = startSessionPersistence(store, local, tab);
    store.getState().setKubernetesMinor(31);
    stop();
    expect(loadSavedSession(local, tab, 1440).kubernetesMinor).toBe(31);
    local.setItem('pod-designer:kubernetes-version:v1', '1.19');
    expect(loadSavedSession(local, tab, 1440).kubernetesMinor).toBeUndefined();
  });
});
