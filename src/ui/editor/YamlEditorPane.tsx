import { lazy, Suspense } from 'react';
import { useDesigner } from '../app/DesignerStoreContext';
import { selectParseError } from '../../store/selectors';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/** The YAML pane: the editor (loaded lazily) and the parse status under it. */
export function YamlEditorPane() {
  const parseError = useDesigner(selectParseError);
  return (
    <section className="yaml-editor nokey" aria-label="YAML">
      <header className="pane-header">
        <h2>YAML</h2>
        <span className={parseError ? 'yaml-status yaml-status--error' : 'yaml-status yaml-status--ok'} role="status">
          {parseError ? `✖ Line ${parseError.line}, column ${parseError.column}` : '✓ Valid YAML'}
        </span>
      </header>
      {parseError && (
        <p className="yaml-editor__error" role="alert">
          <strong>
            Line {parseError.line}, column {parseError.column}:
          </strong>{' '}
          {parseError.message} The canvas shows the last valid design until this is fixed; nothing you typed is lost.
        </p>
      )}
      <div className="yaml-editor__body">
        <Suspense fallback={<EditorLoading />}>
          <MonacoYamlEditor />
        </Suspense>
      </div>
    </section>
  );
}

/** Until Monaco has loaded, the text is shown read-only, so the pane is never empty. */
function EditorLoading() {
  const text = useDesigner((state) => state.text);
  return (
    <pre className="yaml-editor__fallback" role="region" aria-busy="true" aria-label="YAML (the editor is loading)">
      {text}
    </pre>
  );
}
