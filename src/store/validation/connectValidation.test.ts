import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../designerStore';
import { selectEditorMarkers } from '../editorSync';
import { selectFindings } from '../findings';
import type { ReportedFinding } from './reportedFinding';
import type { StartValidation, ValidationRequest, ValidationResult } from './validationService';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

/** A validator that answers only when the test says so, in any order (as a busy worker might). */
function manualValidation() {
  const requests: ValidationRequest[] = [];
  let deliver: (result: ValidationResult) => void = () => {};
  const start: StartValidation = (handOver) => {
    deliver = handOver;
    return { validate: (request) => requests.push(request) };
  };
  const finding = (message: string): ReportedFinding => ({
    ruleId: 'practice/test',
    family: 'practice',
    severity: 'warning',
    objectRef: { documentIndex: 0, itemIndex: null },
    path: ['spec'],
    message,
    why: 'because',
    docsUrl: 'https://kubernetes.io/',
    range: { start: { line: 5, column: 1 }, end: { line: 5, column: 5 } },
  });
  const answer = (request: ValidationRequest | undefined, message: string) =>
    request && deliver({ version: request.version, findings: [finding(message)] });
  return { start, requests, answer };
}

describe('validation connected to the store', () => {
  it('asks about each new last good text and shows only the findings of the newest', () => {
    const validation = manualValidation();
    const store = createDesignerStore(
      { text: POD, positions: {}, workloadRef: null },
      { validation: validation.start },
    );
    expect(validation.requests.map((request) => request.text)).toEqual([POD]);
    expect(selectFindings(store.getState())).toEqual([]);
    // The canvas does not wait: the text is there before any finding.
    store.getState().editText(POD.replace('nginx', 'nginx:1.27'));
    store.getState().editText(POD.replace('nginx', 'nginx:1.28'));
    expect(validation.requests).toHaveLength(3);

    // Results for older texts arrive late: they are stale and dropped.
    validation.answer(validation.requests[0], 'for the first text');
    validation.answer(validation.requests[1], 'for the second text');
    expect(selectFindings(store.getState())).toEqual([]);
    expect(selectEditorMarkers(store.getState())).toBeNull();

    validation.answer(validation.requests[2], 'for the newest text');
    expect(selectFindings(store.getState()).map((finding) => finding.message)).toEqual(['for the newest text']);
    expect(selectEditorMarkers(store.getState())?.map((marker) => marker.range.start.line)).toEqual([5]);
  });

  it('keeps the findings of the last good text while the text does not parse', () => {
    const validation = manualValidation();
    const store = createDesignerStore(
      { text: POD, positions: {}, workloadRef: null },
      { validation: validation.start },
    );
    validation.answer(validation.requests[0], 'about the pod');
    store.getState().editText(`${POD}  - [broken`);
    expect(validation.requests).toHaveLength(1);
    expect(selectFindings(store.getState()).map((finding) => finding.message)).toEqual(['about the pod']);
    expect(selectEditorMarkers(store.getState())?.map((marker) => marker.source)).toEqual(['YAML']);
  });
});
