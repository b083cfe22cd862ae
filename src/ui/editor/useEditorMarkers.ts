import { useEffect, type RefObject } from 'react';
import type * as MonacoTypes from 'monaco-editor';
import { objectPath } from '../../model/workloads';
import { selectFindings } from '../../store/findings';
import { rangeOfPath } from '../../yaml/locateSource';
import { useDesignerStore } from '../app/DesignerStoreContext';
import type { Monaco } from './setupMonaco';

const OWNER = 'pod-designer';

/**
 * Markers in the editor: the YAML syntax error at its line and column, and each validator
 * finding at the exact range of the offending key or value.
 */
export function useEditorMarkers(monaco: Monaco, editorRef: RefObject<MonacoTypes.editor.IStandaloneCodeEditor | null>): void {
  const store = useDesignerStore();
  useEffect(() => {
    const update = (): void => {
      const model = editorRef.current?.getModel();
      if (!model) return;
      const state = store.getState();
      const markers: MonacoTypes.editor.IMarkerData[] = [];
      if (!state.parse.ok) {
        const { line, column, message } = state.parse.error;
        const lineLength = model.getLineLength(Math.min(line, model.getLineCount()));
        markers.push({
          severity: monaco.MarkerSeverity.Error,
          message,
          startLineNumber: line,
          startColumn: column,
          endLineNumber: line,
          endColumn: Math.max(column + 1, lineLength + 1),
          source: 'YAML',
        });
      } else {
        for (const finding of selectFindings(state)) {
          const range = rangeOfPath(state.parse.manifest, [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)]);
          if (!range) continue;
          markers.push({
            severity:
              finding.severity === 'error' ? monaco.MarkerSeverity.Error : finding.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
            message: `${finding.message}\n\nWhy: ${finding.why}`,
            startLineNumber: range.start.line,
            startColumn: range.start.column,
            endLineNumber: range.end.line,
            endColumn: range.end.column,
            source: finding.ruleId,
            code: { value: 'docs', target: monaco.Uri.parse(finding.docsUrl) },
          });
        }
      }
      monaco.editor.setModelMarkers(model, OWNER, markers);
    };
    update();
    return store.subscribe((state, previous) => {
      if (state.parse !== previous.parse) update();
    });
  }, [monaco, store, editorRef]);
}
