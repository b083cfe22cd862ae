import { useEffect, type RefObject } from 'react';
import type * as MonacoTypes from 'monaco-editor';
import { type EditorMarker, selectEditorMarkers } from '../../store/editorSync';
import { recordStage } from '../../store/stageTiming';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { type MarkerGroup, markerChanges } from './markerChanges';
import type { Monaco } from './setupMonaco';

const OWNER = 'pod-designer';

/**
 * Markers in the editor: the YAML syntax error at its line and column, and each validator
 * finding at the exact range of the offending key or value. They are updated when findings for
 * the editor's text arrive, and only for the documents whose markers changed.
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
    let shown: ReadonlyMap<string, MarkerGroup> = new Map();
    const toMarkerData = (
      model: MonacoTypes.editor.ITextModel,
      marker: EditorMarker,
    ): MonacoTypes.editor.IMarkerData => {
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
    };
    const update = (): void => {
      const model = editorRef.current?.getModel();
      const markers = selectEditorMarkers(store.getState());
      if (!model || !markers) return;
      const started = performance.now();
      const { groups, changed } = markerChanges(shown, markers);
      for (const [owner, group] of changed)
        monaco.editor.setModelMarkers(
          model,
          `${OWNER}:${owner}`,
          group.map((marker) => toMarkerData(model, marker)),
        );
      shown = groups;
      recordStage('markers', started);
    };
    update();
    return store.subscribe((state, previous) => {
      if (state.parse !== previous.parse || state.validation !== previous.validation) update();
    });
  }, [monaco, store, editorRef]);
}
