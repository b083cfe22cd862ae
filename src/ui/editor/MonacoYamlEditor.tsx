import { useEffect, useRef } from 'react';
import type * as MonacoTypes from 'monaco-editor';
import { editorEditFor, entityAtTextOffset, selectedTextRange } from '../../store/editorSync';
import { COMMANDS } from '../../store/commands/commandTable';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useRunCommand } from '../commands/CommandRunner';
import { useColorScheme } from '../kit/useColorScheme';
import { monacoKeybinding } from './monacoKeybinding';
import { createTypingFlusher } from './typingFlusher';
import { MANIFEST_URI, setEditorKubernetesVersion, setupMonaco } from './setupMonaco';
import { useEditorMarkers } from './useEditorMarkers';

/** Monaco's own uses of Escape come first: closing suggestions, search, hovers, extra cursors. */
const ESCAPE_IS_FREE_WHEN =
  'editorTextFocus && !suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !editorHoverVisible && !editorHasMultipleSelections && !inSnippetMode && !markersNavigationVisible && !renameInputVisible';

/** The longest typing may pause before the document is updated (see createTypingFlusher). */
const MAX_TYPING_PAUSE_MS = 30;

/**
 * How long a key's task may take with the document update in it: the browser counts a task over
 * 50 ms as long (input waits for it), and after the update it still lays out the editor.
 */
const KEY_TASK_BUDGET_MS = 40;

/** Commands whose keys belong to the editor while it has the focus (Escape, paging through the text). */
const EDITOR_KEEPS_KEYS = new Set(['view.leavePresenter', 'view.revealNext', 'view.revealPrevious']);

/**
 * The YAML editor. The store's text is the source of truth: typing goes to the store after a
 * short pause; changes from elsewhere (canvas, undo) come back as one minimal edit, so the
 * cursor and scroll position stay put. Undo and redo in the editor are the app's undo and redo,
 * and every shortcut of the command table works here as everywhere.
 */
export default function MonacoYamlEditor({ leaveEditor }: { leaveEditor: (to: 'next' | 'previous') => void }) {
  const store = useDesignerStore();
  const runById = useRunCommand();
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<MonacoTypes.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();
  const monaco = setupMonaco(store.getState().kubernetesMinor);

  useEffect(() => {
    if (!container.current) return;
    const uri = monaco.Uri.parse(MANIFEST_URI);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(store.getState().text, 'yaml', uri);
    if (model.getValue() !== store.getState().text) model.setValue(store.getState().text);
    // Monaco otherwise picks a line break by platform guess; the text's own breaks win.
    const matchLineBreaks = (text: string): void => {
      const wanted = text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
      const current =
        model.getEOL() === '\r\n' ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
      if (wanted !== current) model.setEOL(wanted);
    };
    matchLineBreaks(store.getState().text);
    const editor = monaco.editor.create(container.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderWhitespace: 'boundary',
      ariaLabel: 'YAML editor',
      quickSuggestions: { other: true, comments: false, strings: true },
      // Off the keystroke's path: no worker round trips for folding ranges, sticky-scroll outlines,
      // links, code actions (our findings carry their own fixes) or word lists; completion and
      // hover stay the schema's.
      foldingStrategy: 'indentation',
      stickyScroll: { defaultModel: 'indentationModel' },
      links: false,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.Off },
      wordBasedSuggestions: 'off',
      // No ghost-text suggestions are offered; without this Monaco still asks for them on every key.
      inlineSuggest: { enabled: false },
      fixedOverflowWidgets: true,
      // A textarea, not the experimental EditContext: assistive tech and test drivers type into it.
      editContext: false,
    });
    editorRef.current = editor;

    let applyingStoreText = false;
    // When the task of the key being typed began: its keydown (cleared by a task after it).
    let keyTaskStart: number | null = null;
    const noteKeyTask = (): void => {
      keyTaskStart = performance.now();
      setTimeout(() => {
        keyTaskStart = null;
      }, 0);
    };
    container.current.addEventListener('keydown', noteKeyTask, { capture: true });
    const typing = createTypingFlusher(
      () => {
        // Refused (it changes a part the exercise locks): the editor goes back to the store's text.
        if (!store.getState().editText(model.getValue())) showStoreText(store.getState().text);
      },
      { maxPauseMs: MAX_TYPING_PAUSE_MS, taskBudgetMs: KEY_TASK_BUDGET_MS, taskStartedAt: () => keyTaskStart },
    );
    const contentListener = model.onDidChangeContent(() => {
      if (!applyingStoreText) typing.changed();
    });
    const blurListener = editor.onDidBlurEditorText(() => typing.flushIfOwed());
    // A reload right after a keystroke: hand the text over before the autosave writes on the same
    // events (capturing listeners at the target run before the autosave's bubbling ones).
    const flushBeforeLeaving = (): void => typing.flushIfOwed();
    window.addEventListener('pagehide', flushBeforeLeaving, { capture: true });
    document.addEventListener('visibilitychange', flushBeforeLeaving, { capture: true });

    // The store's text changed elsewhere: apply it as one edit that keeps the cursor in place.
    const showStoreText = (text: string): void => {
      matchLineBreaks(text);
      if (text === model.getValue()) return;
      typing.cancel();
      const edit = editorEditFor(model.getValue(), text);
      if (!edit) return;
      const start = model.getPositionAt(edit.start);
      const end = model.getPositionAt(edit.end);
      applyingStoreText = true;
      try {
        editor.executeEdits('pod-designer', [
          {
            range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
            text: edit.text,
            forceMoveMarkers: false,
          },
        ]);
        editor.pushUndoStop();
      } finally {
        applyingStoreText = false;
      }
    };
    const unsubscribeText = store.subscribe((state, previous) => {
      if (state.text === previous.text || state.text === model.getValue()) return;
      showStoreText(state.text);
    });

    // The command table's shortcuts work while typing too (undo and redo are the app's). What was
    // just typed reaches the store first, so Export or Undo see it.
    const actions = COMMANDS.filter((command) => !EDITOR_KEEPS_KEYS.has(command.id)).flatMap((command) => {
      const keybindings = (command.shortcuts ?? []).flatMap((shortcut) => monacoKeybinding(monaco, shortcut) ?? []);
      if (keybindings.length === 0) return [];
      return [
        editor.addAction({
          id: `pod-designer.${command.id}`,
          label: command.label,
          keybindings,
          run: () => {
            typing.flushIfOwed();
            if (!command.unavailable?.(store.getState())) runById(command.id);
          },
        }),
      ];
    });
    // Tab indents here. Escape (with no suggestion, search or hover open) and then Tab or Shift+Tab
    // moves focus out of the editor, as in other code editors on the web; any other key cancels it.
    const leaving = editor.createContextKey<boolean>('podDesignerLeaving', false);
    editor.addCommand(monaco.KeyCode.Escape, () => leaving.set(true), ESCAPE_IS_FREE_WHEN);
    editor.addCommand(monaco.KeyCode.Tab, () => leaveEditor('next'), 'podDesignerLeaving');
    editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Tab, () => leaveEditor('previous'), 'podDesignerLeaving');
    const keyListener = editor.onKeyDown((event) => {
      if (event.keyCode !== monaco.KeyCode.Escape && event.keyCode !== monaco.KeyCode.Tab) leaving.set(false);
    });
    const leaveListener = editor.onDidBlurEditorWidget(() => leaving.set(false));

    // Moving the cursor selects the part of the pod it is in.
    const cursorListener = editor.onDidChangeCursorPosition((event) => {
      if (event.source !== 'keyboard' && event.source !== 'mouse') return;
      const state = store.getState();
      if (state.text !== model.getValue()) return;
      const id = entityAtTextOffset(state, model.getOffsetAt(event.position));
      if (id) state.select([id], 'editor');
    });

    const keyTarget = container.current;
    return () => {
      typing.flushIfOwed();
      keyTarget.removeEventListener('keydown', noteKeyTask, { capture: true });
      for (const action of actions) action.dispose();
      keyListener.dispose();
      leaveListener.dispose();
      window.removeEventListener('pagehide', flushBeforeLeaving, { capture: true });
      document.removeEventListener('visibilitychange', flushBeforeLeaving, { capture: true });
      contentListener.dispose();
      blurListener.dispose();
      cursorListener.dispose();
      unsubscribeText();
      editor.dispose();
      editorRef.current = null;
    };
  }, [monaco, store, runById, leaveEditor]);

  useEffect(() => {
    // WCAG AA asks for 4.5:1, also on the highlight of the selected range (#e6edfb in the light
    // theme): vs-dark's comment green (#608b4e) is 4.2:1; vs's key teal (#008080) 4.1:1, number
    // green (#098658) 3.9:1 and comment green (#008000) 4.4:1 on the highlight. Darker shades pass.
    monaco.editor.defineTheme('pod-designer-dark', {
      base: 'vs-dark',
      inherit: true,
      rules: [{ token: 'comment', foreground: '7ca668' }],
      colors: {},
    });
    monaco.editor.defineTheme('pod-designer-light', {
      base: 'vs',
      inherit: true,
      rules: [
        { token: 'type', foreground: '00696b' },
        { token: 'number', foreground: '076b44' },
        { token: 'comment', foreground: '0b6e0b' },
      ],
      colors: {},
    });
    monaco.editor.setTheme(scheme === 'dark' ? 'pod-designer-dark' : 'pod-designer-light');
  }, [monaco, scheme]);

  useEditorMarkers(monaco, editorRef);

  // Completion offers the fields of the target Kubernetes version.
  useEffect(() => {
    setEditorKubernetesVersion(store.getState().kubernetesMinor);
    return store.subscribe((state, previous) => {
      if (state.kubernetesMinor !== previous.kubernetesMinor) setEditorKubernetesVersion(state.kubernetesMinor);
    });
  }, [store]);
  useSelectionReveal(monaco, editorRef);

  return <div ref={container} className="yaml-editor__monaco" data-testid="monaco-editor" />;
}

/** Selecting something on the canvas scrolls the editor to it and highlights its lines. */
function useSelectionReveal(
  monaco: ReturnType<typeof setupMonaco>,
  editorRef: React.RefObject<MonacoTypes.editor.IStandaloneCodeEditor | null>,
) {
  const store = useDesignerStore();
  useEffect(() => {
    let decorations: MonacoTypes.editor.IEditorDecorationsCollection | null = null;
    const reveal = (): void => {
      const editor = editorRef.current;
      if (!editor) return;
      const state = store.getState();
      decorations?.clear();
      if (state.selection.origin === 'editor') return;
      const range = selectedTextRange(state);
      if (!range) return;
      const monacoRange = new monaco.Range(range.start.line, range.start.column, range.end.line, range.end.column);
      decorations = editor.createDecorationsCollection([
        {
          range: monacoRange,
          options: {
            isWholeLine: true,
            className: 'yaml-editor__selected-range',
            linesDecorationsClassName: 'yaml-editor__selected-gutter',
          },
        },
      ]);
      editor.revealRangeInCenterIfOutsideViewport(monacoRange);
    };
    reveal();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.text !== previous.text) reveal();
    });
    return () => {
      unsubscribe();
      decorations?.clear();
    };
  }, [monaco, store, editorRef]);
}
