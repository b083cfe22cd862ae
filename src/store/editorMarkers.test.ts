import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './designerStore';
import { selectEditorMarkers } from './editorSync';
import { inProcessValidation } from './validation/inProcessValidation';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    imagePullPolicy: always
    ports:
    - name: http
      protocl: TCP
`;

function markerOf(source: string) {
  const store = createDesignerStore(
    { text: POD, positions: {}, workloadRef: null },
    { validation: inProcessValidation() },
  );
  const marker = (selectEditorMarkers(store.getState()) ?? []).find((candidate) => candidate.source === source);
  if (!marker) throw new Error(`no marker of ${source}`);
  return marker.range;
}

describe('editor markers', () => {
  it('mark an unknown field on its key', () => {
    expect(markerOf('schema/unknown-field')).toEqual({ start: { line: 12, column: 7 }, end: { line: 12, column: 14 } });
  });

  it('mark a wrong value with its key', () => {
    expect(markerOf('api/image-pull-policy')).toMatchObject({
      start: { line: 9, column: 5 },
      end: { line: 9, column: 28 },
    });
  });

  it('mark a port without its number on the first line of the port entry', () => {
    expect(markerOf('api/port-number')).toMatchObject({
      start: { line: 11, column: 7 },
      end: { line: 11, column: 17 },
    });
  });

  it('mark a finding about a block on its key only, not on every line of it', () => {
    const text = POD.replace('spec:\n', 'spec:\n  hostNetwork: true\n').replace(
      'imagePullPolicy: always',
      'imagePullPolicy: Always',
    );
    const store = createDesignerStore(
      { text, positions: {}, workloadRef: null },
      { validation: inProcessValidation() },
    );
    const markers = selectEditorMarkers(store.getState()) ?? [];
    expect(markers.length).toBeGreaterThan(2);
    for (const marker of markers) expect(marker.range.end.line, marker.source).toBe(marker.range.start.line);
  });

  it('mark a field missing from the text on the nearest part that exists', () => {
    const store = createDesignerStore(
      {
        text: POD.replace('    - name: http\n      protocl: TCP\n', '    - containerPort: 80\n'),
        positions: {},
        workloadRef: null,
      },
      { validation: inProcessValidation() },
    );
    const missing = (selectEditorMarkers(store.getState()) ?? []).find(
      (marker) => marker.source === 'practice/readiness-probe',
    );
    expect(missing?.range).toEqual({ start: { line: 7, column: 5 }, end: { line: 7, column: 14 } });
  });
});
