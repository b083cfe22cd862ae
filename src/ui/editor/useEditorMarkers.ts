import { useEffect, type RefObject } from 'react';
import type * as MonacoTypes from 'monaco-editor';
import { selectEditorMarkers } from '../../store/editorSync';
import { recordStage } from '../../store/stageTiming';
import { useDesignerStore } from '../app/DesignerStoreContext';
import type { Monaco } from './setupMonaco';

const OWNER = 'pod-designer';

/**
 * Markers in the editor: the YAML syntax error at its line and column, and each validator
 * finding at the exact range of the offending key or value.
 */
export function useEditorMarkers(
  monaco: Monaco,
  editorRef: RefObject<MonacoTypes.editor.IStandaloneCodeEditor | null>,
): void {
  const store = useDesignerStore();
  useEffect(() => {
    const severities = {
      error: monaco.MarkerSeverity.Error,
      warning: monaco.MarkerSeverity.Warning,
      info: monaco.MarkerSeverity.Info,
    } as const;
    const update = (): void => {
      const model = editorRef.current?.getModel();
      if (!model) return;
      const started = performance.now();
      const markers = selectEditorMarkers(store.getState()).map((marker): MonacoTypes.editor.IMarkerData => {
        const { start, end } = marker.range;
        const wholeLine = start.line === end.line && end.column <= start.column + 1;
        return {
          severity: severities[marker.severity],
          message: marker.message,
          source: marker.source,
          startLineNumber: start.line,
          startColumn: start.column,
          endLineNumber: end.line,
          endColumn: wholeLine ? model.getLineMaxColumn(Math.min(start.line, model.getLineCount())) : end.column,
          ...(marker.docsUrl ? { code: { value: 'docs', target: monaco.Uri.parse(marker.docsUrl) } } : {}),
        };
      });
      monaco.editor.setModelMarkers(model, OWNER, markers);
      recordStage('markers', started);
    };
    update();
    return store.subscribe((state, previous) => {
      if (state.parse !== previous.parse || state.validatorRules !== previous.validatorRules) update();
    });
  }, [monaco, store, editorRef]);
}
