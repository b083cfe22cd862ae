import { PanelRightClose } from 'lucide-react';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { selectParseError } from '../../store/selectors';
import { useDesigner } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import { PLATFORM } from '../commands/platform';

const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));

/** Monaco's key for "Tab moves focus" (it has no other way out with the keyboard while Tab indents). */
const TAB_FOCUS_KEY = PLATFORM === 'mac' ? '⌃⇧M' : 'Ctrl+M';

/**
 * The YAML pane: the editor (loaded lazily) and the parse status. While the editor has focus, a
 * note over it says how to leave it with the keyboard: Tab indents there.
 */
export function YamlEditorPane() {
  const parseError = useDesigner(selectParseError);
  const [focused, setFocused] = useState(false);
  const pane = useRef<HTMLElement>(null);
  const leaveEditor = useCallback((to: 'next' | 'previous') => {
    const editor = pane.current?.querySelector('.monaco-editor');
    if (editor) focusBeside(editor, to);
  }, []);
  return (
    <section
      ref={pane}
      className="yaml-editor nokey"
      aria-label="YAML"
      onFocus={(event) => setFocused(event.target.closest('.monaco-editor') !== null)}
      onBlur={() => setFocused(false)}
    >
      <header className="pane-header">
        <h2>YAML</h2>
        <span className={parseError ? 'yaml-status yaml-status--error' : 'yaml-status yaml-status--ok'} role="status">
          {parseError ? `✖ Line ${parseError.line}, column ${parseError.column}` : '✓ Valid YAML'}
        </span>
        <CommandButton id="view.yaml" icon={PanelRightClose} iconOnly label="Hide YAML editor" showsState={false} />
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
          <MonacoYamlEditor leaveEditor={leaveEditor} />
        </Suspense>
      </div>
      <p className="yaml-editor__hint" hidden={!focused}>
        Tab indents. To leave: <kbd>Esc</kbd> then <kbd>Tab</kbd> (or <kbd>Shift+Tab</kbd>); <kbd>{TAB_FOCUS_KEY}</kbd>{' '}
        makes Tab move focus.
      </p>
    </section>
  );
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]';

/** Moves focus to the first element the keyboard reaches after (or before) `editor`, outside it. */
function focusBeside(editor: Element, to: 'next' | 'previous'): void {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  );
  const outside = all.filter((element) => !editor.contains(element));
  const after = outside.filter(
    (element) => (editor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  const before = outside.filter(
    (element) => (editor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
  );
  (to === 'next' ? after[0] : before.at(-1))?.focus();
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
