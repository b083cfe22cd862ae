import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';
import { selectedTextRange } from '../editorSync';
import { selectFindingCountsByNode, selectFindingCountsOf } from '../findingEntities';
import { selectFindings } from '../findings';
import { selectPodSecurityLevel } from '../podSecurity';
import { inProcessValidation } from '../validation/inProcessValidation';
import { applyFindingFix, previewFindingFix, showFinding } from './findingCommands';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    envFrom:
    - configMapRef: {name: settings}
  - name: sidecar
    image: envoy:1.30
    ports:
    - containerPort: 80
      protocl: TCP
    securityContext:
      privileged: true
  volumes:
  - name: data
    hostPath: {path: /var/data}
`;

const storeWith = (text: string) =>
  createDesignerStore({ text, positions: {}, workloadRef: null }, { validation: inProcessValidation() });
const findingOf = (store: ReturnType<typeof storeWith>, ruleId: string) => {
  const finding = selectFindings(store.getState()).find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`no ${ruleId} finding`);
  return finding;
};

describe('findings in the store', () => {
  it('counts findings per canvas node', () => {
    const store = storeWith(POD);
    const counts = selectFindingCountsByNode(store.getState());
    expect([...counts.keys()].sort()).toEqual(['container:sidecar', 'container:web', 'pod', 'volume:data']);
    expect(selectFindingCountsOf('volume:data')(store.getState())).toMatchObject({ warning: 1 });
    expect(selectFindingCountsOf('container:nothing')(store.getState())).toEqual({ error: 0, warning: 0, info: 0 });
    const sidecar = selectFindingCountsOf('container:sidecar')(store.getState());
    store.getState().editText(`${POD}# a comment\n`);
    expect(selectFindingCountsOf('container:sidecar')(store.getState())).toEqual(sidecar);
  });

  it('summarises the Pod Security Standards of the designed workload', () => {
    const level = selectPodSecurityLevel(storeWith(POD).getState());
    expect(level?.baseline.passes).toBe(false);
    expect(level?.baseline.failingControls).toContain('Privileged Containers');
  });

  it('previews a fix as the YAML lines it changes, then applies it as one undo step', async () => {
    const store = storeWith(POD);
    const typo = findingOf(store, 'schema/unknown-field');
    expect(typo.fix?.label).toBe('Rename to protocol');
    const preview = await previewFindingFix(store, typo);
    expect(preview?.label).toBe('Rename to protocol');
    expect(preview?.lines.filter((line) => line.kind !== 'context')).toEqual([
      { kind: 'removed', line: 15, text: '      protocl: TCP' },
      { kind: 'added', line: 15, text: '      protocol: TCP' },
    ]);
    expect(await applyFindingFix(store, typo)).toBe(true);
    expect(store.getState().text).toBe(POD.replace('protocl', 'protocol'));
    expect(selectFindings(store.getState()).map((finding) => finding.ruleId)).not.toContain('schema/unknown-field');
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('adds a stub object for a reference the file does not define, as a new document', async () => {
    const store = storeWith(POD);
    const missing = findingOf(store, 'reference/config-map');
    const preview = await previewFindingFix(store, missing);
    expect(preview?.lines.filter((line) => line.kind === 'added').map((line) => line.text)).toEqual([
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: settings',
      'data: {}',
    ]);
    await applyFindingFix(store, missing);
    expect(store.getState().text).toBe(
      `${POD}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n`,
    );
    expect(selectFindings(store.getState()).map((finding) => finding.ruleId)).not.toContain('reference/config-map');
  });

  it('finds nothing to fix when the finding is gone from the document', async () => {
    const store = storeWith(POD);
    const typo = findingOf(store, 'schema/unknown-field');
    store.getState().editText(POD.replace('protocl', 'protocol'));
    expect(await previewFindingFix(store, typo)).toBeNull();
    expect(await applyFindingFix(store, typo)).toBe(false);
  });

  it('shows a finding: selects its node and reveals its own field in the editor', () => {
    const store = storeWith(POD);
    const privileged = selectFindings(store.getState()).find(
      (finding) => finding.path.join('.') === 'spec.containers.1.securityContext.privileged',
    );
    showFinding(store, privileged!);
    expect(store.getState().selection.ids).toEqual(['container:sidecar']);
    expect(selectedTextRange(store.getState())?.start.line).toBe(17);
  });
});
