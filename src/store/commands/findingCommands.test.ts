import { describe, expect, it } from 'vitest';
import { schemaRules } from '../../validate/rules/schema';
import { createDesignerStore } from '../designerStore';
import { selectedTextRange } from '../editorSync';
import { applyFindingFix, previewFindingFix, showFinding } from './findingCommands';
import { selectFindingCountsByNode, selectFindingCountsOf } from '../findingEntities';
import { selectFindings } from '../findings';
import { selectPodSecurityLevel } from '../podSecurity';

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

const storeWith = (text: string) => createDesignerStore({ text, positions: {}, workloadRef: null });
const findingOf = (store: ReturnType<typeof storeWith>, ruleId: string) => {
  const finding = selectFindings(store.getState()).find((candidate) => candidate.ruleId === ruleId);
  if (!finding) throw new Error(`no ${ruleId} finding`);
  return finding;
};

describe('findings in the store', () => {
  it('validates with the core rules at once and adds the schema rules when they load', () => {
    const store = storeWith(POD);
    const before = selectFindings(store.getState());
    expect(before.some((finding) => finding.family === 'schema')).toBe(false);
    store.getState().addValidatorRules(schemaRules);
    const after = selectFindings(store.getState());
    expect(after).not.toBe(before);
    expect(after.map((finding) => finding.ruleId)).toContain('schema/unknown-field');
  });

  it('counts findings per canvas node', () => {
    const store = storeWith(POD);
    const counts = selectFindingCountsByNode(store.getState());
    expect([...counts.keys()].sort()).toEqual(['container:sidecar', 'container:web', 'pod', 'volume:data']);
    expect(selectFindingCountsOf('volume:data')(store.getState())).toMatchObject({ warning: 1 });
    expect(selectFindingCountsOf('container:nothing')(store.getState())).toEqual({ error: 0, warning: 0, info: 0 });
    // An unrelated edit keeps the same count objects, so unchanged badges do not re-render.
    const sidecar = selectFindingCountsOf('container:sidecar')(store.getState());
    store.getState().editText(`${POD}# a comment\n`);
    expect(selectFindingCountsOf('container:sidecar')(store.getState())).toBe(sidecar);
  });

  it('summarises the Pod Security Standards of the designed workload', () => {
    const level = selectPodSecurityLevel(storeWith(POD).getState());
    expect(level?.baseline.passes).toBe(false);
    expect(level?.baseline.failingControls).toContain('Privileged Containers');
  });

  it('previews a fix as the YAML lines it changes, then applies it as one undo step', () => {
    const store = storeWith(POD);
    store.getState().addValidatorRules(schemaRules);
    const typo = findingOf(store, 'schema/unknown-field');
    const preview = previewFindingFix(store.getState(), typo);
    expect(preview?.label).toBe('Rename to protocol');
    expect(preview?.lines.filter((line) => line.kind !== 'context')).toEqual([
      { kind: 'removed', line: 15, text: '      protocl: TCP' },
      { kind: 'added', line: 15, text: '      protocol: TCP' },
    ]);
    expect(applyFindingFix(store, typo)).toBe(true);
    expect(store.getState().text).toBe(POD.replace('protocl', 'protocol'));
    expect(selectFindings(store.getState()).map((finding) => finding.ruleId)).not.toContain('schema/unknown-field');
    store.getState().undo();
    expect(store.getState().text).toBe(POD);
  });

  it('adds a stub object for a reference the file does not define, as a new document', () => {
    const store = storeWith(POD);
    const missing = findingOf(store, 'reference/config-map');
    const preview = previewFindingFix(store.getState(), missing);
    expect(preview?.lines.filter((line) => line.kind === 'added').map((line) => line.text)).toEqual([
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: settings',
      'data: {}',
    ]);
    applyFindingFix(store, missing);
    expect(store.getState().text).toBe(
      `${POD}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n`,
    );
    expect(selectFindings(store.getState()).map((finding) => finding.ruleId)).not.toContain('reference/config-map');
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
