import { useState } from 'react';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { YamlEditorPane } from '../editor/YamlEditorPane';
import { Inspector } from '../inspector/Inspector';
import { Splitter } from '../kit/Splitter';
import { Palette } from '../palette/Palette';
import { ProblemsDock } from '../problems/ProblemsDock';
import { Toolbar } from '../toolbar/Toolbar';
import { useDesignerStore } from './DesignerStoreContext';
import { NoticeToast } from './NoticeToast';
import { useFileDropAndPaste } from './useFileDropAndPaste';
import { useGlobalShortcuts } from './useGlobalShortcuts';

/** The shell: toolbar; palette, canvas, inspector and the resizable YAML editor; problems panel and status strip. */
export function App() {
  const store = useDesignerStore();
  const [editorWidth, setEditorWidth] = useState(() => Math.round(Math.min(620, Math.max(380, window.innerWidth * 0.33))));
  useGlobalShortcuts(store);
  const draggingFile = useFileDropAndPaste(store);
  return (
    <div className="app">
      <Toolbar />
      <div className="workspace" style={{ gridTemplateColumns: `var(--palette-width) minmax(320px, 1fr) var(--inspector-width) 6px ${editorWidth}px` }}>
        <Palette />
        <main className="canvas-pane" aria-label="Pod canvas">
          <DesignerCanvas />
        </main>
        <Inspector />
        <Splitter label="Resize the YAML editor" value={editorWidth} min={280} max={Math.max(400, window.innerWidth - 700)} onChange={setEditorWidth} />
        <YamlEditorPane />
      </div>
      <ProblemsDock />
      <NoticeToast />
      {draggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a YAML file to open it
        </div>
      )}
    </div>
  );
}
